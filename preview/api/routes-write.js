// @ts-check
'use strict';

const { randomUUID } = require('node:crypto');
const { listOf } = require('./resources');
const { badRequest, notFound, conflict, invalid } = require('./status');
const { readBody, decodeObject, sendJson } = require('./http');
const { selectorFromQuery } = require('./selectors');
const { fieldValidationMode } = require('./validation');
const { prepareCreate, prepareUpdate, checkTypeAndScope } = require('./mutate');
const { applyPatch } = require('./patch');
const { NS_RES } = require('./routes-target');

/**
 * The stored resources' write verbs: create, update and patch, delete and deletecollection, each
 * honouring dryRun. What a write stores is decided in mutate.js.
 *
 * @typedef {import('./routes-target').Api} Api
 * @typedef {import('./routes-target').Target} Target
 */

/** @param {URLSearchParams} q @param {any} [body] */
function isDryRun(q, body) {
  const vals = q.getAll('dryRun');
  const fromBody = body && Array.isArray(body.dryRun) ? body.dryRun : [];
  for (const d of [...vals, ...fromBody])
    if (d !== 'All')
      throw badRequest(`Invalid dryRun value "${d}": the only supported value is "All"`);
  return vals.length > 0 || fromBody.length > 0;
}

/** @param {Api} api @param {import('http').IncomingMessage} req @param {import('http').ServerResponse} res @param {Target} t @param {URLSearchParams} q */
async function create(api, req, res, t, q) {
  const dryRun = isDryRun(q);
  const mode = fieldValidationMode(q.get('fieldValidation'));
  if (t.namespace && !api.store.get(NS_RES, undefined, t.namespace)) {
    throw notFound(NS_RES, t.namespace);
  }
  const body = decodeObject(await readBody(req), req.headers['content-type']);
  const { obj, warnings } = prepareCreate(
    { store: api.store, res: t.res, namespace: t.namespace, mode },
    body,
  );
  if (dryRun) {
    obj.metadata.uid = randomUUID();
    obj.metadata.creationTimestamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    obj.metadata.generation = 1;
    return sendJson(res, 201, obj, warnings);
  }
  return sendJson(res, 201, api.store.create(t.res, obj), warnings);
}

/**
 * @param {Api} api @param {import('http').IncomingMessage} req @param {import('http').ServerResponse} res
 * @param {Target} t @param {URLSearchParams} q @param {'update'|'patch'} verb
 */
async function update(api, req, res, t, q, verb) {
  const dryRun = isDryRun(q);
  const mode = fieldValidationMode(q.get('fieldValidation'));
  const name = /** @type {string} */ (t.name);
  const text = await readBody(req);
  const existing = api.store.get(t.res, t.namespace, name);
  if (!existing) throw notFound(t.res, name);
  const ctx = { store: api.store, res: t.res, namespace: t.namespace, mode };
  /** @type {any} */
  let next;
  if (verb === 'patch') {
    next = applyPatch(existing, text, String(req.headers['content-type'] || ''));
    if (!next || typeof next !== 'object' || Array.isArray(next))
      throw badRequest('the patched object is not a JSON object');
    next.metadata = next.metadata || {};
    if (next.metadata.name !== name) {
      throw invalid(t.res, name, [
        {
          reason: 'FieldValueInvalid',
          message: `Invalid value: ${JSON.stringify(next.metadata.name)}: field is immutable`,
          field: 'metadata.name',
        },
      ]);
    }
    if (next.apiVersion !== existing.apiVersion || next.kind !== existing.kind) {
      throw badRequest(
        `a patch may not change apiVersion or kind (${existing.apiVersion} ${existing.kind})`,
      );
    }
    if (t.res.namespaced) next.metadata.namespace = t.namespace;
  } else {
    next = decodeObject(text, req.headers['content-type']);
    checkTypeAndScope(ctx, next, name);
  }
  const statusOnly = t.sub === 'status';
  const { obj, warnings, unchanged } = prepareUpdate(ctx, existing, next, statusOnly, {
    requireRv: verb === 'update',
    patch: verb === 'patch',
  });
  if (dryRun || unchanged) return sendJson(res, 200, obj, warnings);
  return sendJson(res, 200, api.store.replace(t.res, obj), warnings);
}

/** @param {Api} api @param {import('http').IncomingMessage} req @param {import('http').ServerResponse} res @param {Target} t @param {URLSearchParams} q */
async function del(api, req, res, t, q) {
  const text = await readBody(req);
  const opts = text.trim() ? decodeObject(text, req.headers['content-type']) : {};
  const dryRun = isDryRun(q, opts);
  const name = /** @type {string} */ (t.name);
  const existing = api.store.get(t.res, t.namespace, name);
  if (!existing) throw notFound(t.res, name);
  const pre = opts.preconditions || {};
  if (pre.uid && pre.uid !== existing.metadata.uid) {
    throw conflict(
      t.res,
      name,
      `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${existing.metadata.uid}`,
    );
  }
  if (pre.resourceVersion && pre.resourceVersion !== existing.metadata.resourceVersion) {
    throw conflict(
      t.res,
      name,
      `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${existing.metadata.resourceVersion}`,
    );
  }
  const policy = q.get('propagationPolicy') || opts.propagationPolicy || 'Background';
  if (!['Background', 'Foreground', 'Orphan'].includes(policy)) {
    throw badRequest(
      `propagationPolicy must be one of Background, Foreground or Orphan, got "${policy}"`,
    );
  }
  if (dryRun) return sendJson(res, 200, existing);
  if (policy === 'Orphan') orphanDependents(api, existing.metadata.uid);
  const gone = api.store.remove(t.res, t.namespace, name);
  if (t.res.plural === 'secrets') {
    return sendJson(res, 200, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name, kind: t.res.plural, uid: existing.metadata.uid },
    });
  }
  return sendJson(res, 200, gone);
}

/** @param {Api} api @param {string} uid */
function orphanDependents(api, uid) {
  for (const { res, obj } of api.store.all()) {
    const refs = obj.metadata.ownerReferences || [];
    if (!refs.some((/** @type {any} */ r) => r.uid === uid)) continue;
    obj.metadata.ownerReferences = refs.filter((/** @type {any} */ r) => r.uid !== uid);
    if (obj.metadata.ownerReferences.length === 0) delete obj.metadata.ownerReferences;
    api.store.replace(res, obj);
  }
}

/** @param {Api} api @param {import('http').ServerResponse} res @param {Target} t @param {URLSearchParams} q */
function deleteCollection(api, res, t, q) {
  const dryRun = isDryRun(q);
  const match = selectorFromQuery(q);
  const items = api.store.list(t.res, t.namespace).filter(match);
  if (!dryRun)
    for (const o of items) api.store.remove(t.res, o.metadata.namespace, o.metadata.name);
  return sendJson(res, 200, listOf(t.res, items, api.store.rv));
}

module.exports = { create, update, del, deleteCollection };
