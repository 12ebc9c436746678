// @ts-check
'use strict';

const { randomInt } = require('node:crypto');
const jsonpatch = require('fast-json-patch');
const { ApiError, badRequest, conflict, invalid, alreadyExists, notFound } = require('./status');
const { apiVersionOf, findResource } = require('./resources');
const { clone } = require('./store');
const v = require('./validation');
const { vmAdmissionCauses } = require('./webhook');

/**
 * Create, update and patch: the parts that decide what gets stored. The caller (routes.js)
 * authorizes, then stores or (for dryRun) only answers.
 *
 * @typedef {import('./resources').Resource} Resource
 * @typedef {import('./store').Store} Store
 * @typedef {{store: Store, res: Resource, namespace: string | undefined, mode: 'Strict'|'Warn'|'Ignore'}} Ctx
 */

const GENERATE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** @param {string} prefix */
function generateName(prefix) {
  let s = '';
  for (let i = 0; i < 5; i++) s += GENERATE_ALPHABET[randomInt(GENERATE_ALPHABET.length)];
  return `${prefix}${s}`;
}

/** @param {Ctx} ctx @param {any} obj @param {string | undefined} urlName */
function checkTypeAndScope(ctx, obj, urlName) {
  const { res, namespace } = ctx;
  const want = apiVersionOf(res);
  if (!obj.kind)
    throw badRequest(`Object 'Kind' is missing in the request body: set kind: ${res.kind}`);
  if (!obj.apiVersion)
    throw badRequest(`Object 'apiVersion' is missing in the request body: set apiVersion: ${want}`);
  if (obj.apiVersion !== want || obj.kind !== res.kind) {
    throw badRequest(
      `the API version in the data (${obj.apiVersion}) and kind (${obj.kind}) do not match the expected ${want} ${res.kind} of this URL`,
    );
  }
  if (
    obj.metadata !== undefined &&
    (typeof obj.metadata !== 'object' || Array.isArray(obj.metadata) || obj.metadata === null)
  ) {
    throw badRequest('metadata must be an object');
  }
  obj.metadata = obj.metadata || {};
  if (res.namespaced) {
    if (obj.metadata.namespace && obj.metadata.namespace !== namespace) {
      throw badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    obj.metadata.namespace = namespace;
  } else if (obj.metadata.namespace) {
    delete obj.metadata.namespace;
  }
  if (urlName !== undefined && obj.metadata.name !== urlName) {
    throw badRequest(
      `the name of the object (${obj.metadata.name}) does not match the name on the URL (${urlName})`,
    );
  }
}

/**
 * Kind-specific validation (VirtualMachine schema and admission) plus metadata.
 * @param {Ctx} ctx @param {any} obj
 */
function validateObject(ctx, obj) {
  const { res, store } = ctx;
  const causes = v.validateMeta(res, obj);
  if (res.kind === 'VirtualMachine') {
    causes.push(...v.vmSchemaCauses(obj));
    /** @param {string} cluster @param {string} namespaced */
    const lookup =
      (cluster, namespaced) =>
      (/** @type {string} */ name, /** @type {string | undefined} */ ns) => {
        const r = findResource(
          'instancetype.kubevirt.io',
          'v1beta1',
          ns === undefined ? cluster : namespaced,
        );
        return Boolean(r && store.get(r, ns, name));
      };
    causes.push(
      ...vmAdmissionCauses(obj, {
        hasInstancetype: lookup(
          'virtualmachineclusterinstancetypes',
          'virtualmachineinstancetypes',
        ),
        hasPreference: lookup('virtualmachineclusterpreferences', 'virtualmachinepreferences'),
      }),
    );
  }
  v.throwIfInvalid(res, obj.metadata.name || obj.metadata.generateName || '', causes);
}

/**
 * Prepares an object for creation; returns it (not yet stored) and the field warnings.
 * @param {Ctx} ctx @param {any} body
 */
function prepareCreate(ctx, body) {
  const obj = clone(body);
  checkTypeAndScope(ctx, obj, undefined);
  const warnings = v.checkUnknownFields(ctx.res, obj, ctx.mode);
  const md = obj.metadata;
  if (md.resourceVersion) {
    throw new ApiError(
      500,
      'Internal error occurred: resourceVersion should not be set on objects to be created',
      'InternalError',
    );
  }
  if (!md.name && md.generateName) md.name = generateName(md.generateName);
  for (const k of [
    'uid',
    'creationTimestamp',
    'generation',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'selfLink',
    'managedFields',
  ]) {
    delete md[k];
  }
  if (ctx.res.statusSubresource) delete obj.status;
  normalize(ctx.res, obj);
  validateObject(ctx, obj);
  if (ctx.store.get(ctx.res, md.namespace, md.name)) throw alreadyExists(ctx.res, md.name);
  return { obj, warnings };
}

/** Everything but metadata and status: what bumps metadata.generation. @param {any} o */
function specPart(o) {
  const rest = { ...o };
  delete rest.metadata;
  delete rest.status;
  return JSON.stringify(rest);
}

/**
 * Turns a requested new state into the object to store (generation, kept server fields).
 * @param {Ctx} ctx @param {any} existing @param {any} next @param {boolean} statusOnly
 * @param {{requireRv: boolean, patch?: boolean}} opts
 */
function prepareUpdate(ctx, existing, next, statusOnly, opts) {
  const { res } = ctx;
  const name = existing.metadata.name;
  const rv = next.metadata?.resourceVersion;
  if (rv !== undefined && rv !== '' && rv !== existing.metadata.resourceVersion)
    throw conflict(res, name);
  if ((rv === undefined || rv === '') && opts.requireRv && res.custom) {
    throw invalid(res, name, [
      {
        reason: 'FieldValueInvalid',
        message: 'Invalid value: 0x0: must be specified for an update',
        field: 'metadata.resourceVersion',
      },
    ]);
  }
  const warnings = statusOnly
    ? []
    : v.checkUnknownFields(res, next, ctx.mode, {
        patch: opts.patch,
      });
  /** @type {any} */
  let out;
  if (statusOnly) {
    out = clone(existing);
    out.status = next.status;
  } else {
    out = clone(next);
    if (res.statusSubresource) {
      if (existing.status === undefined) delete out.status;
      else out.status = clone(existing.status);
    }
    const md = out.metadata;
    for (const k of ['uid', 'creationTimestamp']) md[k] = existing.metadata[k];
    md.namespace = existing.metadata.namespace;
    md.generation = existing.metadata.generation || 1;
    if (specPart(out) !== specPart(existing)) md.generation += 1;
    if (!md.generateName) delete md.generateName;
    if (existing.metadata.generateName) md.generateName = existing.metadata.generateName;
  }
  out.metadata.resourceVersion = existing.metadata.resourceVersion;
  normalize(ctx.res, out);
  validateObject(ctx, out);
  const unchanged = JSON.stringify(out) === JSON.stringify(existing);
  return { obj: out, warnings, unchanged };
}

/** RFC 7386 merge patch. @param {any} target @param {any} patch @returns {any} */
function mergePatch(target, patch) {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return clone(patch);
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, val] of Object.entries(patch)) {
    if (val === null) delete out[k];
    else out[k] = mergePatch(out[k], val);
  }
  return out;
}

const DECODE_ERRORS = [
  'SEQUENCE_NOT_AN_ARRAY',
  'OPERATION_NOT_AN_OBJECT',
  'OPERATION_OP_INVALID',
  'OPERATION_PATH_INVALID',
  'OPERATION_FROM_REQUIRED',
  'OPERATION_VALUE_REQUIRED',
  'OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED',
];

/**
 * Applies a patch body to the stored object.
 * JSON patch: malformed operations are 400 BadRequest; an operation that cannot be applied,
 * including a failed `test`, is 422 Invalid, as the API server answers.
 * @param {any} existing @param {string} text @param {string} contentType
 */
function applyPatch(existing, text, contentType) {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const known = [
    'application/json-patch+json',
    'application/merge-patch+json',
    'application/strategic-merge-patch+json',
  ];
  if (!known.includes(type)) {
    throw new ApiError(
      415,
      `the body of the request was in an unknown format - accepted media types include: ${known.join(', ')} (got "${type}"; server-side apply is not served by the preview)`,
      'UnsupportedMediaType',
    );
  }
  let patch;
  try {
    patch = JSON.parse(text);
  } catch (e) {
    throw badRequest(`error decoding patch: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (
    type === 'application/merge-patch+json' ||
    type === 'application/strategic-merge-patch+json'
  ) {
    if (!patch || typeof patch !== 'object' || Array.isArray(patch))
      throw badRequest('a merge patch must be a JSON object');
    return mergePatch(existing, patch);
  }
  if (type === 'application/json-patch+json') {
    if (!Array.isArray(patch)) throw badRequest('a JSON patch must be a JSON array of operations');
    const doc = clone(existing);
    try {
      return jsonpatch.applyPatch(doc, patch, true, true).newDocument;
    } catch (e) {
      const err = /** @type {any} */ (e);
      const detail = err && err.message ? String(err.message).split('\n')[0] : String(e);
      if (err && DECODE_ERRORS.includes(err.name))
        throw badRequest(`invalid JSON patch: ${detail}`);
      throw new ApiError(
        422,
        'the server rejected our request due to an error in our request',
        'Invalid',
        {
          causes: [{ reason: 'UnexpectedServerResponse', message: detail, field: '' }],
        },
      );
    }
  }
  return existing;
}

module.exports = {
  prepareCreate,
  prepareUpdate,
  applyPatch,
  mergePatch,
  checkTypeAndScope,
  generateName,
  notFound,
};

/**
 * Server-side defaulting the API performs on every write: Secret `stringData` is merged into
 * base64 `data` (and never stored); a Namespace gets its name label and phase Active.
 * @param {Resource} res @param {any} obj
 */
function normalize(res, obj) {
  if (res.kind === 'Secret' && obj.stringData && typeof obj.stringData === 'object') {
    obj.data = obj.data || {};
    for (const [k, val] of Object.entries(obj.stringData))
      obj.data[k] = Buffer.from(String(val)).toString('base64');
    delete obj.stringData;
  }
  if (res.kind === 'Secret' && !obj.type) obj.type = 'Opaque';
  if (res.kind === 'Namespace') {
    obj.metadata.labels = {
      ...(obj.metadata.labels || {}),
      'kubernetes.io/metadata.name': obj.metadata.name,
    };
    if (!obj.status) obj.status = { phase: 'Active' };
  }
  return obj;
}

module.exports.normalize = normalize;
