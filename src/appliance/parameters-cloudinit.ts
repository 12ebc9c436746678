import { finding, msg, type Finding } from '../findings';
import { MAX_BOILERPLATE_BYTES } from './constants';
import { asObject, isObject } from './json';
import { volumesOf } from './boilerplate';
import { isCloudConfig } from './cloudinit';
import { shortenName } from './names';
import type { ParameterValue } from './parameters';
import { REFERENCE } from './parameters-substitute';
import { limitsFor, readYamlDocuments } from './yaml-read';
import type { KubeObject } from './types';

/**
 * Cloud-init data is YAML inside a string, so a value substituted into it could add structure
 * there even though it cannot in the VM. After substitution the text is parsed again and its
 * shape must equal the shape with every value replaced by a plain token (semantics §9).
 */

const LIMITS = limitsFor(MAX_BOILERPLATE_BYTES, { duplicateKeys: 'last' });
/** Letters only: a plain scalar wherever a value may stand. */
const TOKEN = 'parametervalue';

const read = (text: string): { ok: true; doc: unknown } | { ok: false } => {
  const r = readYamlDocuments(text, LIMITS);
  if (r.problem || r.documentProblems.size || r.documents.length > 1) return { ok: false };
  return { ok: true, doc: r.documents[0] };
};

/** Keys and nesting equal; scalars of any type count as the same (a token is text, a value may not be). */
export const sameShape = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameShape(x, b[i]))
    );
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameShape(a[k], b[k]));
  }
  return true;
};

/** The text with declared references filled: `only` by its value, the others by the token. */
const fill = (
  before: string,
  declared: ReadonlySet<string>,
  values: ReadonlyMap<string, ParameterValue>,
  only?: string,
): string =>
  before.replace(REFERENCE, (all, escaped?: string, typed?: string, plain?: string) => {
    if (escaped) return `\${${escaped}}`;
    const name = (typed ?? plain) as string;
    if (!declared.has(name)) return all;
    return only === undefined || name !== only ? TOKEN : String(values.get(name) ?? '');
  });

/** Whether `text` has the shape of `template` (both parsed as YAML). */
const keepsShape = (template: unknown, text: string): boolean => {
  const r = read(text);
  return r.ok && sameShape(template, r.doc);
};

/**
 * A value that can stand wherever the token stood without changing the shape: one word of
 * letters, digits and `._/@+=-`, starting with a letter, digit or `_` (no indicator, quote,
 * separator, comment or flow character, never empty). Only checked where the token is in no key.
 */
const PLAIN_WORD = /^[A-Za-z0-9_][A-Za-z0-9._/@+=-]*$/;

interface Template {
  /** The text's shape with every value a token; undefined when it has none to keep (not YAML). */
  doc?: unknown;
  /** A token stands in a key: a value there could merge or split keys. */
  tokenInKey: boolean;
  /** The declared names the text refers to. */
  names: string[];
}

const tokenInKey = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.some(tokenInKey)
    : isObject(v)
      ? Object.keys(v).some((k) => k.includes(TOKEN) || tokenInKey(v[k]))
      : false;

// The tokenised text is the same for every VM made from one appliance: parse it once.
const templates = new Map<string, Template>();
const TEMPLATE_CACHE_LIMIT = 200;

const referencedNames = (before: string, declared: ReadonlySet<string>): string[] => {
  const names = new Set<string>();
  for (const m of before.matchAll(REFERENCE)) {
    const name = m[2] ?? m[3];
    if (name && declared.has(name)) names.add(name);
  }
  return [...names];
};

const templateOf = (
  before: string,
  declared: ReadonlySet<string>,
  values: ReadonlyMap<string, ParameterValue>,
): Template => {
  // The template depends on the text and on which names are declared, never on the values.
  const key = `${[...declared].join(',')}\0${before}`;
  const hit = templates.get(key);
  if (hit) return hit;
  const r = read(fill(before, declared, values, ''));
  const names = referencedNames(before, declared);
  const template: Template =
    r.ok && (isObject(r.doc) || Array.isArray(r.doc))
      ? { doc: r.doc, tokenInKey: tokenInKey(r.doc), names }
      : { tokenInKey: false, names };
  if (templates.size >= TEMPLATE_CACHE_LIMIT) templates.clear();
  if (before.length < 64 * 1024) templates.set(key, template);
  return template;
};

/**
 * Checks each substituted cloud-init text: a `#cloud-config` user data or network data whose
 * tokenised form is YAML must keep that form's shape. Plain words outside keys keep it by
 * construction; anything else is parsed again, and only when that fails is each value tried
 * alone to name the one to blame.
 */
export const checkCloudInitShape = (
  changed: ReadonlyArray<{ path: string; before: string; after: string }>,
  declared: ReadonlySet<string>,
  values: ReadonlyMap<string, ParameterValue>,
): Finding[] => {
  const out: Finding[] = [];
  for (const { path, before, after } of changed) {
    if (path.endsWith('/userData') && !isCloudConfig(before)) continue;
    const template = templateOf(before, declared, values);
    // Not YAML (e.g. a script) even with plain tokens: there is no shape to keep.
    if (template.doc === undefined) continue;
    const { names } = template;
    if (!template.tokenInKey && names.every((n) => PLAIN_WORD.test(String(values.get(n) ?? ''))))
      continue;
    if (keepsShape(template.doc, after)) continue;
    for (const name of names)
      if (!keepsShape(template.doc, fill(before, declared, values, name)))
        out.push(
          finding(
            'error',
            'ParameterInjection',
            `/${name}`,
            msg(
              'The value of {{name}} changes the structure of the cloud-init data at {{where}}; quote it in the boilerplate or choose a plainer value.',
            ),
            { name, where: path },
            { subject: 'parameters' },
          ),
        );
  }
  return out;
};

/**
 * Secret values may stand only in cloud-init data, and there only inside a Secret (semantics §4,
 * §9): inline user or network data holding one moves into `<vm>-cloudinit` (keys `userdata`,
 * `networkdata`). Returns the Secret to create when one was made here.
 */
export const moveSecretCloudInit = (
  vm: unknown,
  secretValues: readonly string[],
  o: { vmName: string; namespace: string; existing: readonly KubeObject[] },
): KubeObject | undefined => {
  const values = secretValues.filter((v) => v !== '');
  if (!values.length) return undefined;
  const holds = (text: unknown) => typeof text === 'string' && values.some((v) => text.includes(v));
  const name = shortenName(`${o.vmName}-cloudinit`);
  const found = o.existing.find((s) => s.kind === 'Secret' && s.metadata?.name === name);
  const made: KubeObject = found ?? {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace: o.namespace },
    type: 'Opaque',
    stringData: {},
  };
  const data = (asObject(made.stringData) ?? {}) as Record<string, string>;
  let moved = false;
  for (const volume of volumesOf(vm)) {
    if (!isObject(volume)) continue;
    for (const key of ['cloudInitNoCloud', 'cloudInitConfigDrive']) {
      const source = asObject(volume[key]);
      if (!source) continue;
      if (holds(source.userData)) {
        data.userdata = source.userData as string;
        delete source.userData;
        source.secretRef = { name };
        moved = true;
      }
      if (holds(source.networkData)) {
        data.networkdata = source.networkData as string;
        delete source.networkData;
        source.networkDataSecretRef = { name };
        moved = true;
      }
    }
  }
  made.stringData = data;
  return moved && !found ? made : undefined;
};
