// @ts-check
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { badRequest, invalid } = require('./status');

/**
 * Request-body checks: object metadata, unknown fields (for `fieldValidation`) and the
 * VirtualMachine JSON schema. The schema is the project's generated file, read as data with an
 * ajv instance of our own; nothing from src/ is imported, so a mistake there cannot hide here.
 *
 * @typedef {import('./resources').Resource} Resource
 * @typedef {import('./status').Cause} Cause
 */

const SCHEMA_FILE = path.resolve(
  __dirname,
  '../../src/schema/generated/virtualmachine.schema.json',
);

const OBJECT_META = [
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
];

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const ANNOTATIONS_LIMIT = 256 * 1024;

/**
 * @param {Resource} res
 * @param {any} obj
 * @returns {Cause[]}
 */
function validateMeta(res, obj) {
  /** @type {Cause[]} */
  const causes = [];
  const md = obj.metadata || {};
  const name = md.name;
  if (!name) {
    causes.push({
      reason: 'FieldValueRequired',
      message: 'Required value: name or generateName is required',
      field: 'metadata.name',
    });
  } else {
    const re = res.kind === 'Namespace' ? DNS_LABEL : DNS_SUBDOMAIN;
    const what =
      res.kind === 'Namespace' ? 'a lowercase RFC 1123 label' : 'a lowercase RFC 1123 subdomain';
    if (!re.test(name) || name.length > (res.kind === 'Namespace' ? 63 : 253)) {
      causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: "${name}": ${what} must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
        field: 'metadata.name',
      });
    }
  }
  for (const [k, v] of Object.entries(md.labels || {})) {
    if (
      typeof v !== 'string' ||
      v.length > 63 ||
      !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(v)
    ) {
      causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: ${JSON.stringify(v)}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (at most 63 characters)`,
        field: `metadata.labels`,
      });
      void k;
    }
  }
  const ann = md.annotations || {};
  let size = 0;
  for (const [k, v] of Object.entries(ann)) {
    if (typeof v !== 'string') {
      causes.push({
        reason: 'FieldValueTypeInvalid',
        message: `Invalid value: annotation ${k} must be a string`,
        field: `metadata.annotations`,
      });
      continue;
    }
    size += Buffer.byteLength(k) + Buffer.byteLength(v);
  }
  if (size > ANNOTATIONS_LIMIT) {
    causes.push({
      reason: 'FieldValueTooLong',
      message: `Too long: must have at most ${ANNOTATIONS_LIMIT} bytes`,
      field: 'metadata.annotations',
    });
  }
  (md.ownerReferences || []).forEach((/** @type {any} */ ref, /** @type {number} */ i) => {
    for (const f of ['apiVersion', 'kind', 'name', 'uid']) {
      if (!ref || !ref[f]) {
        causes.push({
          reason: 'FieldValueRequired',
          message: 'Required value',
          field: `metadata.ownerReferences[${i}].${f}`,
        });
      }
    }
  });
  return causes;
}

/**
 * Unknown fields by a hand-written list (top level, metadata, spec).
 * @param {Resource} res @param {any} obj @returns {string[]}
 */
function unknownByList(res, obj) {
  const out = [];
  for (const k of Object.keys(obj)) if (!res.top.includes(k)) out.push(k);
  for (const k of Object.keys(obj.metadata || {}))
    if (!OBJECT_META.includes(k)) out.push(`metadata.${k}`);
  if (res.spec && obj.spec && typeof obj.spec === 'object') {
    for (const k of Object.keys(obj.spec)) if (!res.spec.includes(k)) out.push(`spec.${k}`);
  }
  return out;
}

/** @type {{validate: import('ajv').ValidateFunction, root: any, defs: Record<string, any>} | null | undefined} */
let vmSchema;

/** Loads the generated VirtualMachine schema once; null (with a reason) when it is not there. */
function loadVmSchema() {
  if (vmSchema !== undefined) return vmSchema;
  vmSchema = null;
  if (!fs.existsSync(SCHEMA_FILE)) return null;
  const doc = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const draft2020 = typeof doc.$schema === 'string' && doc.$schema.includes('2020-12');
  const Ajv = draft2020 ? require('ajv/dist/2020').default : require('ajv').default;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  vmSchema = { validate: ajv.compile(doc), root: doc, defs: doc.definitions || doc.$defs || {} };
  return vmSchema;
}

function schemaStatus() {
  const s = loadVmSchema();
  return s
    ? `VirtualMachine schema: ${path.relative(process.cwd(), SCHEMA_FILE)}`
    : `VirtualMachine schema ${SCHEMA_FILE} not found (run "npm run build:schema"); using a structural check only`;
}

/** @param {any} node */
function resolve(node) {
  const s = loadVmSchema();
  let n = node;
  for (let i = 0; i < 20 && n && typeof n.$ref === 'string' && s; i++) {
    const name = decodeURIComponent(n.$ref.replace(/^#\/(definitions|\$defs)\//, ''));
    n = s.defs[name];
  }
  return n;
}

/**
 * Properties an object schema allows, merging combinators; null when any key is allowed.
 * @param {any} node
 * @returns {{props: Record<string, any>, open: boolean} | null}
 */
function objectShape(node) {
  const n = resolve(node);
  if (!n || typeof n !== 'object') return null;
  /** @type {Record<string, any>} */
  let props = {};
  let open = false;
  let sawObject = false;
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    for (const branch of n[key] || []) {
      const sh = objectShape(branch);
      if (sh) {
        sawObject = true;
        props = { ...props, ...sh.props };
        open = open || sh.open;
      }
    }
  }
  if (n.properties) {
    sawObject = true;
    props = { ...props, ...n.properties };
    if (n.additionalProperties !== undefined && n.additionalProperties !== false) open = true;
  } else if (n.type === 'object' || n.additionalProperties !== undefined) {
    return null;
  }
  return sawObject ? { props, open } : null;
}

/** @param {any} node @returns {any} */
function itemsOf(node) {
  const n = resolve(node);
  if (!n) return null;
  if (n.items) return n.items;
  for (const key of ['anyOf', 'oneOf']) {
    for (const b of n[key] || []) {
      const it = itemsOf(b);
      if (it) return it;
    }
  }
  return null;
}

/**
 * Walks a value against the schema and collects the paths of fields it does not declare.
 * @param {any} value @param {any} schema @param {string} at @param {string[]} out
 */
function walkUnknown(value, schema, at, out) {
  if (Array.isArray(value)) {
    const items = itemsOf(schema);
    if (items) value.forEach((v, i) => walkUnknown(v, items, `${at}[${i}]`, out));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const shape = objectShape(schema);
  if (!shape) return;
  for (const [k, v] of Object.entries(value)) {
    const p = at ? `${at}.${k}` : k;
    if (at === '' && k === 'metadata') continue; // ObjectMeta is checked by the shared list
    if (!(k in shape.props)) {
      if (!shape.open) out.push(p);
      continue;
    }
    walkUnknown(v, shape.props[k], p, out);
  }
}

/**
 * Every unknown field in the object, as a dotted path (`spec.template.spec.foo`).
 * @param {Resource} res @param {any} obj @returns {string[]}
 */
function unknownFields(res, obj) {
  const s = res.kind === 'VirtualMachine' ? loadVmSchema() : null;
  if (!s) return unknownByList(res, obj);
  const out = [];
  for (const k of Object.keys(obj.metadata || {}))
    if (!OBJECT_META.includes(k)) out.push(`metadata.${k}`);
  walkUnknown(obj, s.root, '', out);
  return out;
}

/** `/spec/dataVolumeTemplates/0/name` -> `spec.dataVolumeTemplates[0].name` @param {string} p */
function toField(p) {
  return p
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

/**
 * Schema errors of a VirtualMachine as Kubernetes causes (unknown fields are left to
 * `fieldValidation`, as the API server prunes or rejects them separately).
 * @param {any} obj @returns {Cause[]}
 */
function vmSchemaCauses(obj) {
  const s = loadVmSchema();
  if (!s) return structuralVmCauses(obj);
  if (s.validate(obj)) return [];
  /** @type {Cause[]} */
  const causes = [];
  const seen = new Set();
  for (const e of s.validate.errors || []) {
    if (e.keyword === 'additionalProperties' || e.keyword === 'anyOf' || e.keyword === 'oneOf')
      continue;
    if (e.instancePath === '/metadata' || e.instancePath.startsWith('/metadata/')) continue;
    const base = toField(e.instancePath);
    /** @type {Cause} */
    let c;
    if (e.keyword === 'required') {
      const missing = /** @type {any} */ (e.params).missingProperty;
      c = {
        reason: 'FieldValueRequired',
        message: 'Required value',
        field: base ? `${base}.${missing}` : missing,
      };
    } else if (e.keyword === 'type') {
      const want = /** @type {any} */ (e.params).type;
      c = {
        reason: 'FieldValueTypeInvalid',
        message: `Invalid value: ${JSON.stringify(valueAt(obj, e.instancePath))}: ${base} in body must be of type ${want}`,
        field: base,
      };
    } else if (e.keyword === 'enum' || e.keyword === 'const') {
      const allowed = /** @type {any} */ (e.params).allowedValues || [
        /** @type {any} */ (e.params).allowedValue,
      ];
      c = {
        reason: 'FieldValueNotSupported',
        message: `Unsupported value: ${JSON.stringify(valueAt(obj, e.instancePath))}: supported values: ${allowed.map((/** @type {unknown} */ v) => JSON.stringify(v)).join(', ')}`,
        field: base,
      };
    } else {
      c = {
        reason: 'FieldValueInvalid',
        message: `Invalid value: ${e.message || e.keyword}`,
        field: base,
      };
    }
    const key = `${c.field}|${c.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      causes.push(c);
    }
  }
  return causes;
}

/** @param {any} obj @param {string} pointer */
function valueAt(obj, pointer) {
  let v = obj;
  for (const s of pointer.split('/').filter((x) => x !== ''))
    v = v == null ? v : v[s.replace(/~1/g, '/').replace(/~0/g, '~')];
  return v;
}

/**
 * The CRD's own required fields, used only when the generated schema is missing.
 * @param {any} obj @returns {Cause[]}
 */
function structuralVmCauses(obj) {
  /** @type {Cause[]} */
  const causes = [];
  /** @param {string} field */
  const req = (field) =>
    causes.push({ reason: 'FieldValueRequired', message: 'Required value', field });
  const spec = obj.spec;
  if (!spec || typeof spec !== 'object') req('spec');
  else if (!spec.template || typeof spec.template !== 'object') req('spec.template');
  else if (!spec.template.spec?.domain) req('spec.template.spec.domain');
  else if (!spec.template.spec.domain.devices) req('spec.template.spec.domain.devices');
  return causes;
}

/**
 * @param {string | null} value
 * @returns {'Strict'|'Warn'|'Ignore'}
 */
function fieldValidationMode(value) {
  if (value === null || value === '') return 'Warn';
  if (value === 'Strict' || value === 'Warn' || value === 'Ignore') return value;
  throw badRequest(`fieldValidation must be one of "Ignore", "Warn" or "Strict", got "${value}"`);
}

/**
 * Applies the fieldValidation mode. Strict fails naming every unknown field, the way the API
 * server does: a POST or PUT body fails to decode (400 BadRequest, "cannot be handled as"), while
 * a PATCH result fails as 422 Invalid on the field "patch" (see the apiserver's patch handler).
 * Warn returns the warning texts; Ignore returns nothing.
 * @param {Resource} res @param {any} obj @param {'Strict'|'Warn'|'Ignore'} mode
 * @param {{patch?: boolean}} [how]
 * @returns {string[]}
 */
function checkUnknownFields(res, obj, mode, how = {}) {
  if (mode === 'Ignore') return [];
  const unknown = unknownFields(res, obj).map((p) => `unknown field "${p}"`);
  if (unknown.length === 0) return [];
  if (mode === 'Strict' && how.patch) {
    throw invalid({ kind: '', group: '' }, '', [
      {
        reason: 'FieldValueInvalid',
        message: `Invalid value: "the patched object": strict decoding error: ${unknown.join(', ')}`,
        field: 'patch',
      },
    ]);
  }
  if (mode === 'Strict') {
    throw badRequest(
      `${res.kind} in version "${res.version}" cannot be handled as a ${res.kind}: strict decoding error: ${unknown.join(', ')}`,
    );
  }
  return unknown;
}

/** @param {Resource} res @param {string} name @param {Cause[]} causes */
function throwIfInvalid(res, name, causes) {
  if (causes.length > 0) throw invalid(res, name, causes);
}

module.exports = {
  validateMeta,
  unknownFields,
  vmSchemaCauses,
  fieldValidationMode,
  checkUnknownFields,
  throwIfInvalid,
  schemaStatus,
  loadVmSchema,
  SCHEMA_FILE,
};
