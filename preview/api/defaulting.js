// @ts-check
'use strict';

const { randomInt } = require('node:crypto');

/**
 * What the API server fills in on a write: generated names and per-kind defaults.
 *
 * @typedef {import('./resources').Resource} Resource
 */

const GENERATE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** @param {string} prefix */
function generateName(prefix) {
  let s = '';
  for (let i = 0; i < 5; i++) s += GENERATE_ALPHABET[randomInt(GENERATE_ALPHABET.length)];
  return `${prefix}${s}`;
}

/**
 * Server-side defaulting the API performs on every write: Secret `stringData` is merged into
 * base64 `data` (and never stored); a Namespace gets its name label and phase Active.
 * @param {Resource} res @param {any} obj
 */
function normalize(res, obj) {
  if (res.kind === 'Secret' && obj.stringData && typeof obj.stringData === 'object') {
    obj.data = obj.data || {};
    for (const [k, val] of Object.entries(obj.stringData))
      obj.data[k] = Buffer.from(String(val)).toString('base64');
    delete obj.stringData;
  }
  if (res.kind === 'Secret' && !obj.type) obj.type = 'Opaque';
  if (res.kind === 'Namespace') {
    obj.metadata.labels = {
      ...(obj.metadata.labels || {}),
      'kubernetes.io/metadata.name': obj.metadata.name,
    };
    if (!obj.status) obj.status = { phase: 'Active' };
  }
  return obj;
}

module.exports = { generateName, normalize };
