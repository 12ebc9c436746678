// @ts-check
'use strict';

const { ApiError } = require('./status');
const { resourceId } = require('./resources');

/**
 * Streamed watch: chunked, newline-delimited JSON events. From a resourceVersion the stream
 * replays the stored events after it; without one (or "0") it starts with ADDED for every
 * existing object. An object that stops matching the selectors is sent as DELETED, one that
 * starts matching as ADDED, as the API server's watch cache does.
 *
 * @typedef {import('./store').Store} Store
 * @typedef {import('./store').StoreEvent} StoreEvent
 * @typedef {import('./resources').Resource} Resource
 */

/**
 * @param {{
 *   store: Store, res: Resource, namespace: string | undefined, match: (o: any) => boolean,
 *   resourceVersion: string | null, timeoutSeconds: number | null,
 *   visible?: (o: any) => boolean, transform?: (o: any) => any,
 *   req: import('http').IncomingMessage, res_: import('http').ServerResponse, watches: Set<() => void>
 * }} o
 */
function startWatch(o) {
  const { store, res, namespace, match, req, res_: out, watches } = o;
  const visible = o.visible || (() => true);
  const transform = o.transform || ((x) => x);
  const id = resourceId(res);
  /** @param {any} obj */
  const inScope = (obj) =>
    obj &&
    (namespace === undefined || obj.metadata.namespace === namespace) &&
    visible(obj) &&
    match(obj);

  req.resume();
  out.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, private',
    'X-Content-Type-Options': 'nosniff',
  });
  out.flushHeaders();

  /** @param {string} type @param {any} object */
  const send = (type, object) => {
    if (!out.writableEnded) out.write(`${JSON.stringify({ type, object: transform(object) })}\n`);
  };

  /** @param {StoreEvent} e */
  const deliver = (e) => {
    if (resourceId(e.res) !== id) return;
    const now = e.type === 'DELETED' ? false : inScope(e.object);
    const before = e.type === 'ADDED' ? false : inScope(e.old);
    if (e.type === 'DELETED') {
      if (before) send('DELETED', e.object);
    } else if (now && before) send('MODIFIED', e.object);
    else if (now) send('ADDED', e.object);
    else if (before) send('DELETED', e.object);
  };

  const rvParam = o.resourceVersion;
  if (rvParam && rvParam !== '0') {
    const from = Number(rvParam);
    if (!Number.isInteger(from) || from < 0) {
      send('ERROR', new ApiError(400, `invalid resource version: "${rvParam}"`).toStatus());
      out.end();
      return;
    }
    if (from < store.historyStart) {
      send(
        'ERROR',
        new ApiError(
          410,
          `too old resource version: ${from} (${store.historyStart})`,
          'Expired',
        ).toStatus(),
      );
      out.end();
      return;
    }
    for (const e of store.history) if (e.rv > from) deliver(e);
  } else {
    for (const obj of store.list(res, namespace)) if (inScope(obj)) send('ADDED', obj);
  }

  const unsubscribe = store.subscribe(deliver);
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const end = () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    watches.delete(end);
    if (!out.writableEnded) out.end();
  };
  watches.add(end);
  if (o.timeoutSeconds && o.timeoutSeconds > 0) timer = setTimeout(end, o.timeoutSeconds * 1000);
  // The response's close is the connection's end; the request's close may come as soon as its
  // (empty) body has been read, so it is not a sign that the client went away.
  out.on('close', end);
}

module.exports = { startWatch };
