// @ts-check
'use strict';

const { findResource } = require('./resources');
const { ApiError } = require('./status');

/**
 * What a `/api/kubernetes/...` URL addresses: the resource, namespace, name and subresource, and
 * the verb a method means on it. Shared by the dispatcher and the read and write routes.
 *
 * @typedef {import('./resources').Resource} Resource
 * @typedef {{store: import('./store').Store, watches: Set<() => void>}} Api
 * @typedef {{res: Resource, namespace: string | undefined, name: string | undefined, sub: string | undefined}} Target
 */

const PREFIX = '/api/kubernetes';
const NS_RES = /** @type {Resource} */ (findResource('', 'v1', 'namespaces'));

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

/**
 * The target of a path's segments (`api/v1/...` or `apis/group/version/...`), or a 404 as the
 * API server words it.
 * @param {string[]} seg @param {string} method @param {string} path @returns {Target}
 */
function targetOf(seg, method, path) {
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
  return t;
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

module.exports = { PREFIX, NS_RES, targetOf, verbOf };
