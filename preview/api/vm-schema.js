// @ts-check
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/**
 * The VirtualMachine JSON schema the project's build generates, read as data with an ajv
 * instance of our own (nothing from src/ is imported, so a mistake there cannot hide here):
 * schema errors as Kubernetes causes, and the fields the schema does not declare.
 *
 * @typedef {import('./status').Cause} Cause
 */

const SCHEMA_FILE = path.resolve(
  __dirname,
  '../../src/schema/generated/virtualmachine.schema.json',
);

/** @type {{validate: import('ajv').ValidateFunction, root: any, defs: Record<string, any>} | undefined} */
let vmSchema;

/**
 * Loads the generated VirtualMachine schema once. Without it the demo API would accept VMs that
 * KubeVirt rejects, so a missing file stops the server instead of weakening validation.
 */
function loadVmSchema() {
  if (vmSchema) return vmSchema;
  if (!fs.existsSync(SCHEMA_FILE)) {
    throw new Error(
      `the demo API needs the VirtualMachine schema ${path.relative(process.cwd(), SCHEMA_FILE)}, which is missing: run "npm run build:schema" (npm start and npm test make it)`,
    );
  }
  const doc = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const draft2020 = typeof doc.$schema === 'string' && doc.$schema.includes('2020-12');
  const Ajv = draft2020 ? require('ajv/dist/2020').default : require('ajv').default;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  vmSchema = { validate: ajv.compile(doc), root: doc, defs: doc.definitions || doc.$defs || {} };
  return vmSchema;
}

function schemaStatus() {
  loadVmSchema();
  return `VirtualMachine schema: ${path.relative(process.cwd(), SCHEMA_FILE)}`;
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
 * Paths of the fields a VirtualMachine holds that its schema does not declare (metadata excluded).
 * @param {any} obj @returns {string[]}
 */
function vmUnknownFields(obj) {
  const s = loadVmSchema();
  /** @type {string[]} */
  const out = [];
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

module.exports = { SCHEMA_FILE, loadVmSchema, schemaStatus, vmUnknownFields, vmSchemaCauses };
