// @ts-check
'use strict';

const { findResource, RESOURCES, listOf } = require('./resources');
const { projects, accessReview } = require('./virtual');
const {
  ApiError,
  badRequest,
  notFound,
  forbidden,
  conflict,
  invalid,
  toApiError,
} = require('./status');
const { readBody, decodeObject, sendJson, sendError } = require('./http');
const discovery = require('./discovery');
const { selectorFromQuery } = require('./selectors');
const { startWatch } = require('./watch');
const { authorize, userOf } = require('./auth');
const { fieldValidationMode } = require('./validation');
const { prepareCreate, prepareUpdate, applyPatch, checkTypeAndScope } = require('./mutate');
const { randomUUID } = require('node:crypto');

/**
 * Request dispatch for `/api/kubernetes/...`, as the console proxies the Kubernetes API.
 *
 * @typedef {import('./resources').Resource} Resource
 * @typedef {{store: import('./store').Store, watches: Set<() => void>}} Api
 * @typedef {{res: Resource, namespace: string | undefined, name: string | undefined, sub: string | undefined}} Target
 */

const PREFIX = '/api/kubernetes';
const NS_RES = /** @type {Resource} */ (findResource('', 'v1', 'namespaces'));
const PROJECTS = /** @type {Resource} */ (findResource('project.openshift.io', 'v1', 'projects'));

/** @param {string[]} seg segments after /api/v1 or /apis/g/v @param {string} group @param {string} version @returns {Target | null} */
function parseTarget(seg, group, version) {
  if (seg.length === 0) return null;
  if (
    seg[0] === 'namespaces' &&
    seg.length >= 3 &&
    group === '' &&
    (seg[2] === 'status' || seg[2] === 'finalize') &&
    seg.length === 3
  ) {
    return { res: NS_RES, namespace: undefined, name: seg[1], sub: seg[2] };
  }
  if (seg[0] === 'namespaces' && seg.length >= 3) {
    const res = findResource(group, version, seg[2]);
    if (!res || !res.namespaced || seg.length > 5) return null;
    return { res, namespace: seg[1], name: seg[3], sub: seg[4] };
  }
  const res = findResource(group, version, seg[0]);
  if (!res || seg.length > 3) return null;
  if (res.namespaced && seg.length > 1) return null;
  return { res, namespace: undefined, name: seg[1], sub: seg[2] };
}

/** @param {string} method @param {Target} t @param {URLSearchParams} q */
function verbOf(method, t, q) {
  const watch = q.get('watch') === 'true' || q.get('watch') === '1';
  switch (method) {
    case 'GET':
      if (t.name) return 'get';
      return watch ? 'watch' : 'list';
    case 'POST':
      return t.name ? null : 'create';
    case 'PUT':
      return t.name ? 'update' : null;
    case 'PATCH':
      return t.name ? 'patch' : null;
    case 'DELETE':
      return t.name ? 'delete' : 'deletecollection';
    default:
      return null;
  }
}

/** @param {URLSearchParams} q @param {any} [body] */
function isDryRun(q, body) {
  const vals = q.getAll('dryRun');
  const fromBody = body && Array.isArray(body.dryRun) ? body.dryRun : [];
  for (const d of [...vals, ...fromBody])
    if (d !== 'All')
      throw badRequest(`Invalid dryRun value "${d}": the only supported value is "All"`);
  return vals.length > 0 || fromBody.length > 0;
}

/**
 * @param {Api} api
 * @param {import('http').IncomingMessage} req
 * @param {import('http').ServerResponse} res
 */
async function handleKube(api, req, res) {
  const url = new URL(req.url || '/', 'http://127.0.0.1');
  const path = url.pathname.slice(PREFIX.length).replace(/\/+$/, '') || '/';
  const q = url.searchParams;
  const method = (req.method || 'GET').toUpperCase();
  const seg = path
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);

  if (method === 'GET') {
    if (path === '/version') return sendJson(res, 200, discovery.version());
    if (path === '/api') return sendJson(res, 200, discovery.apiVersions());
    if (path === '/apis') return sendJson(res, 200, discovery.apiGroupList());
    if (seg[0] === 'api' && seg.length === 2) {
      const l = discovery.apiResourceList('', seg[1]);
      if (l) return sendJson(res, 200, l);
    }
    if (seg[0] === 'apis' && seg.length === 2) {
      const versions = [
        ...new Set(RESOURCES.filter((r) => r.group === seg[1]).map((r) => r.version)),
      ];
      if (versions.length) return sendJson(res, 200, discovery.apiGroup(seg[1], versions));
    }
    if (seg[0] === 'apis' && seg.length === 3) {
      const l = discovery.apiResourceList(seg[1], seg[2]);
      if (l) return sendJson(res, 200, l);
    }
  }

  /** @type {Target | null} */
  let t = null;
  if (seg[0] === 'api' && seg[1] === 'v1') t = parseTarget(seg.slice(2), '', 'v1');
  else if (seg[0] === 'apis' && seg.length >= 4) t = parseTarget(seg.slice(3), seg[1], seg[2]);
  if (!t)
    throw new ApiError(
      404,
      `the server could not find the requested resource (${method} ${path})`,
      'NotFound',
      {
        causes: [{ reason: 'UnexpectedServerResponse', message: '404 page not found', field: '' }],
      },
    );
  if (t.sub && !(t.sub === 'status' && t.res.statusSubresource)) {
    throw new ApiError(
      404,
      `the server could not find the requested resource: ${t.res.plural}/${t.sub}`,
      'NotFound',
    );
  }
  const verb = verbOf(method, t, q);
  if (!verb || !(t.res.verbs || []).includes(verb)) {
    throw new ApiError(
      405,
      `the server does not allow this method on the requested resource (${method} ${t.res.plural})`,
      'MethodNotAllowed',
    );
  }
  const user = userOf(req);
  const target = t;
  const az = authorize({
    user,
    verb,
    resource: t.res.plural,
    group: t.res.group,
    namespace: t.namespace,
    name: t.name,
  });
  if (!az.allowed) throw forbidden(t.res, { user, verb, namespace: t.namespace, name: t.name });

  if (t.res === PROJECTS) return projects(api, req, res, target, verb, user, q);
  if (t.res.plural === 'selfsubjectaccessreviews') return accessReview(req, res, user);

  switch (verb) {
    case 'list': {
      const match = selectorFromQuery(q);
      const items = api.store.list(t.res, t.namespace).filter(match);
      return sendJson(res, 200, listOf(t.res, items, api.store.rv));
    }
    case 'watch': {
      const match = selectorFromQuery(q);
      const timeout = q.get('timeoutSeconds');
      return startWatch({
        store: api.store,
        res: t.res,
        namespace: t.namespace,
        match,
        resourceVersion: q.get('resourceVersion'),
        timeoutSeconds: timeout ? Number(timeout) : null,
        req,
        res_: res,
        watches: api.watches,
      });
    }
    case 'get': {
      const obj = api.store.get(t.res, t.namespace, /** @type {string} */ (t.name));
      if (!obj) throw notFound(t.res, /** @type {string} */ (t.name));
      return sendJson(res, 200, obj);
    }
    case 'create':
      return create(api, req, res, target, q);
    case 'update':
    case 'patch':
      return update(api, req, res, target, q, verb);
    case 'delete':
      return del(api, req, res, target, q);
    case 'deletecollection':
      return deleteCollection(api, res, target, q);
    default:
      throw new ApiError(405, `verb ${verb} is not supported`, 'MethodNotAllowed');
  }
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

/**
 * @param {Api} api @param {import('http').IncomingMessage} req @param {import('http').ServerResponse} res
 */
function handleKubeSafely(api, req, res) {
  return handleKube(api, req, res).catch((e) => sendError(res, toApiError(e)));
}

module.exports = { handleKubeSafely, PREFIX };
