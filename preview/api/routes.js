// @ts-check
'use strict';

const { findResource } = require('./resources');
const { projects, accessReview } = require('./virtual');
const { ApiError, forbidden, toApiError } = require('./status');
const { sendError } = require('./http');
const { authorize, userOf } = require('./auth');
const { PREFIX, targetOf, verbOf } = require('./routes-target');
const { serveDiscovery } = require('./routes-discovery');
const read = require('./routes-read');
const write = require('./routes-write');

/**
 * Request dispatch for `/api/kubernetes/...`, as the console proxies the Kubernetes API:
 * discovery, then the target and verb, authorization, and the verb's route.
 *
 * @typedef {import('./resources').Resource} Resource
 * @typedef {import('./routes-target').Api} Api
 */

const PROJECTS = /** @type {Resource} */ (findResource('project.openshift.io', 'v1', 'projects'));

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

  if (method === 'GET' && serveDiscovery(res, path, seg)) return;

  const t = targetOf(seg, method, path);
  const verb = verbOf(method, t, q);
  if (!verb || !(t.res.verbs || []).includes(verb)) {
    throw new ApiError(
      405,
      `the server does not allow this method on the requested resource (${method} ${t.res.plural})`,
      'MethodNotAllowed',
    );
  }
  const user = userOf(req);
  const az = authorize({
    user,
    verb,
    resource: t.res.plural,
    group: t.res.group,
    namespace: t.namespace,
    name: t.name,
  });
  if (!az.allowed) throw forbidden(t.res, { user, verb, namespace: t.namespace, name: t.name });

  if (t.res === PROJECTS) return projects(api, req, res, t, verb, user, q);
  if (t.res.plural === 'selfsubjectaccessreviews') return accessReview(req, res, user);

  switch (verb) {
    case 'list':
      return read.list(api, res, t, q);
    case 'watch':
      return read.watch(api, req, res, t, q);
    case 'get':
      return read.get(api, res, t);
    case 'create':
      return write.create(api, req, res, t, q);
    case 'update':
    case 'patch':
      return write.update(api, req, res, t, q, verb);
    case 'delete':
      return write.del(api, req, res, t, q);
    case 'deletecollection':
      return write.deleteCollection(api, res, t, q);
    default:
      throw new ApiError(405, `verb ${verb} is not supported`, 'MethodNotAllowed');
  }
}

/**
 * @param {Api} api @param {import('http').IncomingMessage} req @param {import('http').ServerResponse} res
 */
function handleKubeSafely(api, req, res) {
  return handleKube(api, req, res).catch((e) => sendError(res, toApiError(e)));
}

module.exports = { handleKubeSafely, PREFIX };
