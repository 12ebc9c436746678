export interface LabelReq {
  key: string;
  op: 'in' | 'notin' | 'exists' | '!exists' | '=' | '!=';
  values: string[];
}
export interface FieldReq {
  field: string;
  op: '=' | '!=';
  value: string;
}
export function parseLabelSelector(selector: string | null | undefined): LabelReq[];
export function matchLabels(reqs: LabelReq[], labels: Record<string, string> | undefined): boolean;
export function parseFieldSelector(selector: string | null | undefined): FieldReq[];
export function matchFields(
  reqs: FieldReq[],
  obj: { metadata?: { name?: string; namespace?: string } },
): boolean;
export function selectorFromQuery(params: URLSearchParams): (obj: unknown) => boolean;
