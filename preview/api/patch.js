// @ts-check
'use strict';

const jsonpatch = require('fast-json-patch');
const { ApiError, badRequest } = require('./status');
const { clone } = require('./store');

/**
 * PATCH bodies: merge patch (RFC 7386; a strategic merge patch is treated as one) and JSON patch
 * (RFC 6902). Applied to the stored object; mutate.js then decides what of the result is stored.
 */

/** RFC 7386 merge patch. @param {any} target @param {any} patch @returns {any} */
function mergePatch(target, patch) {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return clone(patch);
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, val] of Object.entries(patch)) {
    if (val === null) delete out[k];
    else out[k] = mergePatch(out[k], val);
  }
  return out;
}

const DECODE_ERRORS = [
  'SEQUENCE_NOT_AN_ARRAY',
  'OPERATION_NOT_AN_OBJECT',
  'OPERATION_OP_INVALID',
  'OPERATION_PATH_INVALID',
  'OPERATION_FROM_REQUIRED',
  'OPERATION_VALUE_REQUIRED',
  'OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED',
];

/**
 * Applies a patch body to the stored object.
 * JSON patch: malformed operations are 400 BadRequest; an operation that cannot be applied,
 * including a failed `test`, is 422 Invalid, as the API server answers.
 * @param {any} existing @param {string} text @param {string} contentType
 */
function applyPatch(existing, text, contentType) {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const known = [
    'application/json-patch+json',
    'application/merge-patch+json',
    'application/strategic-merge-patch+json',
  ];
  if (!known.includes(type)) {
    throw new ApiError(
      415,
      `the body of the request was in an unknown format - accepted media types include: ${known.join(', ')} (got "${type}"; server-side apply is not served by the preview)`,
      'UnsupportedMediaType',
    );
  }
  let patch;
  try {
    patch = JSON.parse(text);
  } catch (e) {
    throw badRequest(`error decoding patch: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (
    type === 'application/merge-patch+json' ||
    type === 'application/strategic-merge-patch+json'
  ) {
    if (!patch || typeof patch !== 'object' || Array.isArray(patch))
      throw badRequest('a merge patch must be a JSON object');
    return mergePatch(existing, patch);
  }
  if (type === 'application/json-patch+json') {
    if (!Array.isArray(patch)) throw badRequest('a JSON patch must be a JSON array of operations');
    const doc = clone(existing);
    try {
      return jsonpatch.applyPatch(doc, patch, true, true).newDocument;
    } catch (e) {
      const err = /** @type {any} */ (e);
      const detail = err && err.message ? String(err.message).split('\n')[0] : String(e);
      if (err && DECODE_ERRORS.includes(err.name))
        throw badRequest(`invalid JSON patch: ${detail}`);
      throw new ApiError(
        422,
        'the server rejected our request due to an error in our request',
        'Invalid',
        {
          causes: [{ reason: 'UnexpectedServerResponse', message: detail, field: '' }],
        },
      );
    }
  }
  return existing;
}

module.exports = { applyPatch, mergePatch };
