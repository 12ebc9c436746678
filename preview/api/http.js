// @ts-check
'use strict';

const yaml = require('js-yaml');
const { ApiError, badRequest, fromCode } = require('./status');

/** The media types an object body (create, update, delete options) may have. */
const OBJECT_TYPES = ['application/json', 'application/yaml'];

const BODY_LIMIT = 3 * 1024 * 1024;

/**
 * Reads the request body (at most 3 MiB, as the API server's limit) as text.
 * @param {import('http').IncomingMessage} req @returns {Promise<string>}
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ c) => {
      size += c.length;
      // Past the limit the rest is drained, not kept, so the client still gets its answer.
      if (size <= BODY_LIMIT) chunks.push(c);
    });
    req.on('end', () => {
      if (size > BODY_LIMIT) {
        reject(
          new ApiError(
            413,
            `Request entity too large: limit is ${BODY_LIMIT}`,
            'RequestEntityTooLarge',
          ),
        );
      } else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/**
 * Counts nodes as a serializer would visit them (aliases counted at every use), stopping at the
 * budget, so a YAML alias bomb is refused before anything copies it.
 * @param {unknown} root @param {number} budget
 */
function withinNodeBudget(root, budget) {
  let left = budget;
  /** @type {unknown[]} */
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (--left < 0) return false;
    if (v && typeof v === 'object') stack.push(...Object.values(v));
  }
  return true;
}

/**
 * Decodes a JSON (or, as the API server also accepts, YAML) body into an object.
 * @param {string} text @param {string | undefined} contentType
 */
function decodeObject(text, contentType) {
  // As the API server: a body in a format it does not decode is refused, never guessed. Browsers
  // send text/plain (and form types) from any web page without asking; those must not write.
  const type = (contentType || '').split(';')[0].trim().toLowerCase();
  if (!OBJECT_TYPES.includes(type)) {
    throw fromCode(
      415,
      `the body of the request was in an unknown format - accepted media types include: ${OBJECT_TYPES.join(', ')} (got "${type || 'no Content-Type'}")`,
    );
  }
  if (!text.trim()) throw badRequest('the request body is empty: expected a JSON object');
  let v;
  try {
    v =
      type === 'application/yaml'
        ? yaml.load(text, { schema: yaml.JSON_SCHEMA })
        : JSON.parse(text);
  } catch (e) {
    throw badRequest(
      `the body of the request could not be decoded: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (!withinNodeBudget(v, 100000)) {
    throw badRequest(
      'the YAML body expands to more than 100000 nodes (through aliases): send it without aliases',
    );
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    throw badRequest('the body of the request must be a JSON object');
  }
  return /** @type {any} */ (v);
}

/**
 * @param {import('http').ServerResponse} res @param {number} code @param {unknown} body
 * @param {string[]} [warnings]
 */
function sendJson(res, code, body, warnings) {
  if (res.headersSent) {
    if (!res.writableEnded) res.end();
    return;
  }
  const text = JSON.stringify(body);
  /** @type {Record<string, string | string[] | number>} */
  const headers = {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache, private',
    'X-Content-Type-Options': 'nosniff',
  };
  if (warnings && warnings.length > 0) {
    headers.Warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`);
  }
  res.writeHead(code, headers);
  res.end(text);
}

/** @param {import('http').ServerResponse} res @param {ApiError} err */
function sendError(res, err) {
  sendJson(res, err.code, err.toStatus());
}

module.exports = { readBody, decodeObject, sendJson, sendError };
