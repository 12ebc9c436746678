// @ts-check
'use strict';

const { badRequest, invalid } = require('./status');
const {
  SCHEMA_FILE,
  loadVmSchema,
  schemaStatus,
  vmUnknownFields,
  vmSchemaCauses,
} = require('./vm-schema');

/**
 * Request-body checks: object metadata, unknown fields (for `fieldValidation`) and the
 * VirtualMachine JSON schema. The schema is the project's generated file, read as data with an
 * ajv instance of our own; nothing from src/ is imported, so a mistake there cannot hide here.
 *
 * @typedef {import('./resources').Resource} Resource
 * @typedef {import('./status').Cause} Cause
 */

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

/**
 * Every unknown field in the object, as a dotted path (`spec.template.spec.foo`).
 * @param {Resource} res @param {any} obj @returns {string[]}
 */
function unknownFields(res, obj) {
  const fromSchema = res.kind === 'VirtualMachine' ? vmUnknownFields(obj) : null;
  if (!fromSchema) return unknownByList(res, obj);
  const meta = Object.keys(obj.metadata || {})
    .filter((k) => !OBJECT_META.includes(k))
    .map((k) => `metadata.${k}`);
  return [...meta, ...fromSchema];
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
