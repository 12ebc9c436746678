import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { impersonationHeaders } from './session';

export type WatchEvent = {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: K8sResourceCommon;
};

/** The query parameter the preview server turns into Impersonate-User (must match preview/server/ws-watch.js). */
export const USER_PARAM = 'impersonate';

/**
 * ws(s):// URL of an API path on the page's own host. A WebSocket cannot carry headers, so the
 * preview user travels as a query parameter.
 */
export const watchSocketURL = (apiPath: string, location: { protocol: string; host: string }) => {
  const url = new URL(
    apiPath,
    `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`,
  );
  const user = impersonationHeaders()['Impersonate-User'];
  if (user) url.searchParams.set(USER_PARAM, user);
  return url.toString();
};

/**
 * Streams a watch over a WebSocket (one JSON event per message), as the console does: HTTP/1.1
 * watch streams would each hold one of the browser's 6 connections per host.
 * Resolves when the server closes the socket, when `onEvent` returns false, or on `signal`;
 * rejects when the socket fails before it opened.
 */
export const streamWatch = (
  url: string,
  onEvent: (event: WatchEvent) => boolean,
  signal: AbortSignal,
  createSocket: (url: string) => WebSocket = (u) => new WebSocket(u),
): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const socket = createSocket(url);
    let opened = false;
    // Messages already received still arrive after close(): none may be applied once finished.
    let finished = false;
    const finish = () => {
      finished = true;
      signal.removeEventListener('abort', finish);
      if (socket.readyState === socket.CONNECTING || socket.readyState === socket.OPEN) {
        socket.close(1000);
      }
      resolve();
    };
    signal.addEventListener('abort', finish);
    socket.addEventListener('open', () => (opened = true));
    socket.addEventListener('message', (message: MessageEvent) => {
      if (finished || typeof message.data !== 'string' || !message.data.trim()) return;
      let event: WatchEvent;
      try {
        event = JSON.parse(message.data) as WatchEvent;
      } catch {
        // A garbled event: drop this watch; the caller re-lists and starts over.
        finish();
        return;
      }
      if (!onEvent(event)) finish();
    });
    socket.addEventListener('close', () => {
      signal.removeEventListener('abort', finish);
      if (opened || signal.aborted) resolve();
      else reject(new Error(`The watch WebSocket to ${url.split('?')[0]} could not be opened`));
    });
  });
