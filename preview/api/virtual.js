// @ts-check
'use strict';

const { listOf } = require('./resources');
const { badRequest, invalid, notFound } = require('./status');
const { readBody, decodeObject, sendJson } = require('./http');
const { selectorFromQuery } = require('./selectors');
const { startWatch } = require('./watch');
const { authorize, projectVisible } = require('./auth');
const { clone } = require('./store');
const { NS_RES } = require('./routes-target');

/**
 * Resources computed rather than stored: OpenShift Projects (the namespaces a user may see) and
 * SelfSubjectAccessReviews (answered from the role model).
 *
 * @typedef {import('./routes-target').Api} Api
 * @typedef {import('./routes-target').Target} Target
 */

/** A Project is OpenShift's read-only view of a Namespace. @param {any} ns */
function toProject(ns) {
  const o = clone(ns);
  o.apiVersion = 'project.openshift.io/v1';
  o.kind = 'Project';
  return o;
}

/** @param {Api} api @param {import('http').IncomingMessage} req @param {import('http').ServerResponse} res @param {Target} t @param {string} verb @param {string} user @param {URLSearchParams} q */
function projects(api, req, res, t, verb, user, q) {
  const visible = (/** @type {any} */ ns) => projectVisible(user, ns.metadata.name);
  if (verb === 'get') {
    const ns = api.store.get(NS_RES, undefined, /** @type {string} */ (t.name));
    if (!ns || !visible(ns)) throw notFound(t.res, /** @type {string} */ (t.name));
    return sendJson(res, 200, toProject(ns));
  }
  const match = selectorFromQuery(q);
  if (verb === 'watch') {
    return startWatch({
      store: api.store,
      res: NS_RES,
      namespace: undefined,
      match,
      resourceVersion: q.get('resourceVersion'),
      timeoutSeconds: null,
      visible,
      transform: toProject,
      req,
      res_: res,
      watches: api.watches,
    });
  }
  const items = api.store
    .list(NS_RES, undefined)
    .filter((o) => visible(o) && match(o))
    .map(toProject);
  return sendJson(res, 200, listOf(t.res, items, api.store.rv));
}

/** @param {import('http').IncomingMessage} req @param {import('http').ServerResponse} res @param {string} user */
async function accessReview(req, res, user) {
  const body = decodeObject(await readBody(req), req.headers['content-type']);
  if (body.kind !== 'SelfSubjectAccessReview')
    throw badRequest(`expected kind SelfSubjectAccessReview, got ${JSON.stringify(body.kind)}`);
  const ra = body.spec?.resourceAttributes;
  const nra = body.spec?.nonResourceAttributes;
  if (!ra && !nra) {
    throw invalid({ kind: 'SelfSubjectAccessReview', group: 'authorization.k8s.io' }, '', [
      {
        reason: 'FieldValueRequired',
        message:
          'Required value: exactly one of nonResourceAttributes or resourceAttributes must be specified',
        field: 'spec.resourceAttributes',
      },
    ]);
  }
  let result;
  if (ra) {
    result = authorize({
      user,
      verb: String(ra.verb || ''),
      resource: String(ra.resource || ''),
      group: ra.group,
      namespace: ra.namespace || undefined,
      name: ra.name || undefined,
    });
  } else {
    // Discovery and health URLs are readable by every authenticated user (system:discovery).
    result = { allowed: true, reason: 'non-resource URLs are readable by every user' };
  }
  const out = {
    ...body,
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    metadata: { creationTimestamp: null },
    status: result.allowed
      ? { allowed: true, reason: result.reason }
      : { allowed: false, ...(result.reason ? { reason: result.reason } : {}) },
  };
  return sendJson(res, 201, out);
}

module.exports = { projects, accessReview };
