import type {
  consoleFetch as SdkConsoleFetch,
  consoleFetchJSON as SdkConsoleFetchJSON,
  consoleFetchText as SdkConsoleFetchText,
} from '@openshift-console/dynamic-plugin-sdk';
// The SDK's own error class (a tiny standalone file), so `instanceof HttpError` works in the plugin.
import { HttpError } from '@openshift-console/dynamic-plugin-sdk/lib/utils/error/http-error';
import { impersonationHeaders } from './session';

export { HttpError };

const withTimeout = (timeout: number | undefined, signal?: AbortSignal | null) => {
  if (!timeout || timeout <= 0) return { signal: signal ?? undefined, clear: () => undefined };
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`Request timed out after ${timeout} ms`)),
    timeout,
  );
  signal?.addEventListener('abort', () => controller.abort(signal.reason));
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
};

/** Turns an error response into the console's HttpError: message from the Kubernetes Status body. */
const toHttpError = async (response: Response): Promise<HttpError> => {
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  const body = json as { message?: unknown } | undefined;
  const message =
    typeof body?.message === 'string' && body.message
      ? body.message
      : text || response.statusText || `HTTP ${response.status}`;
  return new HttpError(message, response.status, response, json);
};

/** fetch with the console's headers (impersonation, JSON accept) that rejects on an error status. */
export const consoleFetch: typeof SdkConsoleFetch = async (url, options = {}, timeout) => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  Object.entries(impersonationHeaders()).forEach(([k, v]) => headers.set(k, v));
  const { signal, clear } = withTimeout(timeout, options.signal);
  try {
    const response = await fetch(url, { credentials: 'same-origin', ...options, headers, signal });
    if (!response.ok) throw await toHttpError(response);
    return response;
  } finally {
    clear();
  }
};

const parseJSON = async (response: Response) => {
  const text = await response.text();
  return text ? JSON.parse(text) : {};
};

const jsonRequest = (
  url: string,
  method: string,
  json: unknown,
  contentType: string,
  options: RequestInit = {},
  timeout?: number,
) => {
  const headers = new Headers(options.headers);
  headers.set('Content-Type', contentType);
  return consoleFetch(
    url,
    {
      ...options,
      method,
      headers,
      body: json === undefined || json === null ? undefined : JSON.stringify(json),
    },
    timeout,
  ).then(parseJSON);
};

const fetchJSON = ((url: string, method = 'GET', options: RequestInit = {}, timeout?: number) =>
  consoleFetch(url, { ...options, method }, timeout).then(parseJSON)) as typeof SdkConsoleFetchJSON;

fetchJSON.post = (url, json, options, timeout) =>
  jsonRequest(url, 'POST', json, 'application/json', options ?? undefined, timeout);
fetchJSON.put = (url, json, options, timeout) =>
  jsonRequest(url, 'PUT', json, 'application/json', options ?? undefined, timeout);
// An array body is a JSON patch (what k8sPatch sends); an object is a merge patch.
fetchJSON.patch = (url, json, options, timeout) =>
  jsonRequest(
    url,
    'PATCH',
    json,
    Array.isArray(json) ? 'application/json-patch+json' : 'application/merge-patch+json',
    options ?? undefined,
    timeout,
  );
fetchJSON.delete = (url, json, options, timeout) =>
  jsonRequest(url, 'DELETE', json, 'application/json', options ?? undefined, timeout);

export const consoleFetchJSON: typeof SdkConsoleFetchJSON = fetchJSON;

export const consoleFetchText: typeof SdkConsoleFetchText = (url, options, timeout) =>
  consoleFetch(url, options, timeout).then((r) => r.text());
