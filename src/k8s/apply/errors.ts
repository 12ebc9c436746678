import { finding, msg, ptr, type Finding } from '../../findings';
import type { KubeObject } from '../../appliance/types';

/** What the SDK's HttpError carries: a status code and the Kubernetes `Status` body. */
interface StatusCause {
  field?: string;
  message?: string;
  reason?: string;
}

interface ErrorShape {
  code?: number;
  status?: number;
  message?: string;
  response?: { status?: number };
  json?: { message?: string; reason?: string; code?: number; details?: { causes?: StatusCause[] } };
}

/** The HTTP status of an error from the SDK's k8s functions, 0 when there is none (network). */
export const statusOf = (error: unknown): number => {
  if (!error || typeof error !== 'object') return 0;
  const e = error as ErrorShape;
  const candidates = [e.json?.code, e.code, e.status, e.response?.status];
  return candidates.find((c): c is number => typeof c === 'number' && c >= 100) ?? 0;
};

/** The server's own sentence (the Status message), else the error's message. */
export const serverMessage = (error: unknown): string => {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const e = error as ErrorShape;
    if (typeof e.json?.message === 'string' && e.json.message) return e.json.message;
    if (typeof e.message === 'string' && e.message) return e.message;
  }
  return String(error);
};

/**
 * A field as the API server names it (`spec.template.spec.disks[0].name`) as a JSON pointer
 * relative to the object (`/spec/template/spec/disks/0/name`).
 */
export const fieldToPointer = (field: string): string => {
  if (!field) return '';
  const segments: string[] = [];
  for (const part of field.split('.')) {
    const m = /^([^[\]]*)((?:\[[^\]]*\])*)$/.exec(part);
    if (!m) {
      segments.push(part);
      continue;
    }
    if (m[1]) segments.push(m[1]);
    for (const idx of m[2].matchAll(/\[([^\]]*)\]/g)) segments.push(idx[1]);
  }
  return ptr(...segments);
};

const where = (isVm: boolean) => (isVm ? {} : { subject: 'document' as const });

/**
 * Turns a failed request about `obj` (document `index` of the plan) into findings (semantics §6):
 * 422 causes one each on their field, the strict decoder's unknown fields one each, a name that
 * is taken on `/metadata/name`, anything else one error with the server's sentence.
 */
export const errorToFindings = (
  error: unknown,
  obj: KubeObject,
  index: number,
  step: 'dry-run' | 'create',
): Finding[] => {
  const isVm = obj.kind === 'VirtualMachine';
  const base = {
    kind: obj.kind ?? '',
    name: obj.metadata?.name ?? '',
    document: index,
  };
  const extra = where(isVm);
  const status = statusOf(error);
  const message = serverMessage(error);
  const causes = (error as ErrorShape | undefined)?.json?.details?.causes ?? [];
  if (status === 422 && causes.length > 0)
    return causes.map((c) =>
      finding(
        'error',
        'ServerInvalid',
        fieldToPointer(c.field ?? ''),
        msg('The server rejects {{kind}} {{name}}: {{reason}}'),
        { ...base, reason: c.field ? `${c.field}: ${c.message ?? ''}` : (c.message ?? '') },
        extra,
      ),
    );
  const unknown = [...message.matchAll(/unknown field "([^"]+)"/g)].map((m) => m[1]);
  if (status === 400 && unknown.length > 0)
    return unknown.map((field) =>
      finding(
        'error',
        'ServerUnknownField',
        fieldToPointer(field),
        msg(
          'The server does not know the field {{field}} of {{kind}} {{name}}: remove or correct it.',
        ),
        { ...base, field },
        extra,
      ),
    );
  if (status === 409 && /already exists/i.test(message))
    return [
      finding(
        'error',
        'NameTaken',
        '/metadata/name',
        msg('{{kind}} {{name}} already exists in this namespace: choose another name.'),
        base,
        extra,
      ),
    ];
  if (status === 403)
    return [
      finding(
        'error',
        'Forbidden',
        '',
        msg('You may not create {{kind}} {{name}} here: {{reason}}'),
        { ...base, reason: message },
        extra,
      ),
    ];
  return [
    finding(
      'error',
      step === 'dry-run' ? 'DryRunFailed' : 'CreateFailed',
      '',
      step === 'dry-run'
        ? msg('The server dry run of {{kind}} {{name}} failed ({{status}}): {{reason}}')
        : msg('Creating {{kind}} {{name}} failed ({{status}}): {{reason}}'),
      { ...base, status: status ? String(status) : '-', reason: message },
      extra,
    ),
  ];
};
