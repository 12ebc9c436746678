// @ts-check
'use strict';

const { fromCode, badRequest } = require('./status');

/**
 * Test-only fault injection: the next `count` requests matching a method and a path pattern fail
 * with a Kubernetes Status (or are only delayed when no status is given). `skip` lets that many
 * matching requests through first, so a test can fail the k-th create of a batch.
 *
 * @typedef {{method: string, pattern: string, regex: RegExp | null, status: number | null,
 *   remaining: number, skip: number, delayMs: number, message: string | undefined}} Fault
 */

class Faults {
  constructor() {
    /** @type {Fault[]} */
    this.list = [];
  }

  /** @param {any} body */
  add(body) {
    if (!body || typeof body !== 'object') throw badRequest('fault: expected a JSON object');
    const { method, pathPattern, status, count, delayMs, message, skip } = body;
    if (typeof pathPattern !== 'string' || pathPattern === '') {
      throw badRequest(
        'fault: "pathPattern" must be a non-empty string (a substring or a regular expression)',
      );
    }
    if (
      status !== undefined &&
      status !== null &&
      !(Number.isInteger(status) && status >= 400 && status <= 599)
    ) {
      throw badRequest('fault: "status" must be an HTTP error code between 400 and 599');
    }
    if ((status === undefined || status === null) && !delayMs) {
      throw badRequest('fault: give "status" (to fail) or "delayMs" (to delay), or both');
    }
    if (count !== undefined && !(Number.isInteger(count) && count > 0)) {
      throw badRequest('fault: "count" must be a positive integer (default 1)');
    }
    if (skip !== undefined && !(Number.isInteger(skip) && skip >= 0 && skip <= 1000)) {
      throw badRequest('fault: "skip" must be an integer from 0 to 1000 (default 0)');
    }
    if (
      delayMs !== undefined &&
      !(typeof delayMs === 'number' && delayMs >= 0 && delayMs <= 60000)
    ) {
      throw badRequest('fault: "delayMs" must be a number of milliseconds between 0 and 60000');
    }
    /** @type {RegExp | null} */
    let regex = null;
    try {
      regex = new RegExp(pathPattern);
    } catch {
      regex = null; // not a regular expression: substring match only
    }
    /** @type {Fault} */
    const f = {
      method: typeof method === 'string' && method ? method.toUpperCase() : '*',
      pattern: pathPattern,
      regex,
      status: status ?? null,
      remaining: count ?? 1,
      skip: skip ?? 0,
      delayMs: delayMs ?? 0,
      message: typeof message === 'string' ? message : undefined,
    };
    this.list.push(f);
    return f;
  }

  clear() {
    this.list = [];
  }

  /**
   * Takes the first fault matching the request, counting it down.
   * @param {string} method @param {string} url path and query, without the /api/kubernetes prefix
   */
  take(method, url) {
    const f = this.list.find(
      (x) =>
        (x.method === '*' || x.method === method.toUpperCase()) &&
        (url.includes(x.pattern) || (x.regex !== null && x.regex.test(url))),
    );
    if (!f) return null;
    if (f.skip > 0) {
      f.skip -= 1;
      return null;
    }
    f.remaining -= 1;
    if (f.remaining <= 0) this.list = this.list.filter((x) => x !== f);
    return {
      delayMs: f.delayMs,
      error: f.status === null ? null : fromCode(f.status, f.message),
    };
  }
}

module.exports = { Faults };
