// @ts-check
'use strict';

const { ApiError, badRequest, conflict, invalid, alreadyExists } = require('./status');
const { apiVersionOf, findResource } = require('./resources');
const { clone } = require('./store');
const v = require('./validation');
const { vmAdmissionCauses } = require('./webhook');
const { generateName, normalize } = require('./defaulting');

/**
 * Create and update (a patch arrives here already applied, see patch.js): the parts that decide
 * what gets stored. The caller (routes-write.js) authorizes, then stores or (for dryRun) only
 * answers.
 *
 * @typedef {import('./resources').Resource} Resource
 * @typedef {import('./store').Store} Store
 * @typedef {{store: Store, res: Resource, namespace: string | undefined, mode: 'Strict'|'Warn'|'Ignore'}} Ctx
 */

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

module.exports = { prepareCreate, prepareUpdate, checkTypeAndScope };
