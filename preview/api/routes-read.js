// @ts-check
'use strict';

const { listOf } = require('./resources');
const { notFound } = require('./status');
const { sendJson } = require('./http');
const { selectorFromQuery } = require('./selectors');
const { startWatch } = require('./watch');

/**
 * The stored resources' read verbs: list, watch and get.
 *
 * @typedef {import('./routes-target').Api} Api
 * @typedef {import('./routes-target').Target} Target
 */

/** @param {Api} api @param {import('http').ServerResponse} res @param {Target} t @param {URLSearchParams} q */
function list(api, res, t, q) {
  const match = selectorFromQuery(q);
  const items = api.store.list(t.res, t.namespace).filter(match);
  return sendJson(res, 200, listOf(t.res, items, api.store.rv));
}

/** @param {Api} api @param {import('http').IncomingMessage} req @param {import('http').ServerResponse} res @param {Target} t @param {URLSearchParams} q */
function watch(api, req, res, t, q) {
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

/** @param {Api} api @param {import('http').ServerResponse} res @param {Target} t */
function get(api, res, t) {
  const obj = api.store.get(t.res, t.namespace, /** @type {string} */ (t.name));
  if (!obj) throw notFound(t.res, /** @type {string} */ (t.name));
  return sendJson(res, 200, obj);
}

module.exports = { list, watch, get };
