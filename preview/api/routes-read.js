// @ts-check
'use strict';

const { listOf } = require('./resources');
const { ApiError, badRequest, notFound } = require('./status');
const { sendJson } = require('./http');
const { selectorFromQuery } = require('./selectors');
const { startWatch } = require('./watch');

/**
 * The stored resources' read verbs: list, watch and get.
 *
 * @typedef {import('./routes-target').Api} Api
 * @typedef {import('./routes-target').Target} Target
 */

/**
 * A continue token: the list's resourceVersion and the last key served, opaque to clients as the
 * API server's are.
 * @param {number} rv @param {string} after
 */
const continueToken = (rv, after) =>
  Buffer.from(JSON.stringify({ rv, after })).toString('base64url');

/** @param {string} token @returns {{rv: number, after: string}} */
function readContinue(token) {
  try {
    const { rv, after } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (Number.isSafeInteger(rv) && rv >= 0 && typeof after === 'string') return { rv, after };
  } catch {
    // reported below
  }
  throw badRequest('continue key is not valid: ask for the list again without it');
}

/** @param {string | null} value */
function readLimit(value) {
  if (value === null || value === '') return 0;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
    throw badRequest(`limit must be a non-negative integer, not "${value}"`);
  }
  return n;
}

/**
 * A list, whole or in pages (`limit`, `continue`) as the console's SDK reads long lists. The pages
 * after the first read the store as it is now, not as it was at the first page (the demo keeps no
 * snapshots), and carry the first page's resourceVersion, so a watch from it replays what changed
 * in between; a token older than the event history is Expired (410), as after etcd compaction.
 * @param {Api} api @param {import('http').ServerResponse} res @param {Target} t @param {URLSearchParams} q
 */
function list(api, res, t, q) {
  const match = selectorFromQuery(q);
  const limit = readLimit(q.get('limit'));
  const token = q.get('continue');
  const from = token ? readContinue(token) : undefined;
  if (from && from.rv < api.store.historyStart) {
    throw new ApiError(
      410,
      'The continue token is too old to give a consistent list: start the list again without it',
      'Expired',
    );
  }
  const rv = from ? from.rv : api.store.rv;
  const page = api.store.listPage(t.res, t.namespace, match, { limit, after: from?.after });
  const next = page.next === undefined ? undefined : continueToken(rv, page.next);
  return sendJson(res, 200, listOf(t.res, page.items, rv, next));
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
