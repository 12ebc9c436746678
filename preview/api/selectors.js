// @ts-check
'use strict';

const { badRequest } = require('./status');

/**
 * @typedef {{key: string, op: 'in'|'notin'|'exists'|'!exists'|'='|'!=', values: string[]}} LabelReq
 * @typedef {{field: string, op: '='|'!=', value: string}} FieldReq
 */

/**
 * Splits on commas that are not inside `( )`, so `env in (a,b),tier` gives two requirements.
 * @param {string} s
 */
function splitTop(s) {
  const parts = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** @param {string} key @param {string} selector */
function checkKey(key, selector) {
  if (!KEY.test(key)) {
    throw badRequest(
      `unable to parse requirement: invalid label key "${key}" in labelSelector "${selector}": ` +
        'a valid label key consists of alphanumeric characters, "-", "_" or "." with an optional DNS prefix',
    );
  }
}

const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** @param {string[]} values @param {string} selector */
function checkValues(values, selector) {
  for (const v of values) {
    if (v.length > 63 || !VALUE.test(v)) {
      throw badRequest(
        `unable to parse requirement: invalid label value "${v}" in labelSelector "${selector}": ` +
          'a valid label value is empty or consists of alphanumeric characters, "-", "_" or "." (at most 63)',
      );
    }
  }
}

/**
 * Parses a label selector as the API does (`=`, `==`, `!=`, `in`, `notin`, `key`, `!key`).
 * @param {string | null | undefined} selector
 * @returns {LabelReq[]}
 */
function parseLabelSelector(selector) {
  if (!selector) return [];
  return splitTop(selector).map((part) => {
    let m = /^!\s*(\S+)$/.exec(part);
    if (m) {
      checkKey(m[1], selector);
      return { key: m[1], op: '!exists', values: [] };
    }
    m = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
    if (m) {
      checkKey(m[1], selector);
      const values = m[3]
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
      checkValues(values, selector);
      return { key: m[1], op: /** @type {'in'|'notin'} */ (m[2]), values };
    }
    m = /^([^=!\s]+)\s*(==|=|!=)\s*([^=!\s,]*)$/.exec(part);
    if (m) {
      checkKey(m[1], selector);
      checkValues([m[3]], selector);
      return { key: m[1], op: m[2] === '!=' ? '!=' : '=', values: [m[3]] };
    }
    if (/^[^\s=!()]+$/.test(part)) {
      checkKey(part, selector);
      return { key: part, op: 'exists', values: [] };
    }
    throw badRequest(`unable to parse requirement: found '${part}' in labelSelector "${selector}"`);
  });
}

/** @param {LabelReq[]} reqs @param {Record<string, string> | undefined} labels */
function matchLabels(reqs, labels) {
  const l = labels || {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case 'exists':
        return has;
      case '!exists':
        return !has;
      case '=':
        return has && l[r.key] === r.values[0];
      case '!=':
        return !has || l[r.key] !== r.values[0];
      case 'in':
        return has && r.values.includes(l[r.key]);
      case 'notin':
        return !has || !r.values.includes(l[r.key]);
      default:
        return false;
    }
  });
}

const FIELDS = ['metadata.name', 'metadata.namespace'];

/**
 * @param {string | null | undefined} selector
 * @returns {FieldReq[]}
 */
function parseFieldSelector(selector) {
  if (!selector) return [];
  return splitTop(selector).map((part) => {
    const m = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${selector}'; can't understand '${part}'`);
    if (!FIELDS.includes(m[1])) throw badRequest(`field label not supported: ${m[1]}`);
    return { field: m[1], op: m[2] === '!=' ? '!=' : '=', value: m[3] };
  });
}

/** @param {FieldReq[]} reqs @param {{metadata?: {name?: string, namespace?: string}}} obj */
function matchFields(reqs, obj) {
  const md = obj.metadata || {};
  return reqs.every((r) => {
    const actual = (r.field === 'metadata.name' ? md.name : md.namespace) || '';
    return r.op === '=' ? actual === r.value : actual !== r.value;
  });
}

/**
 * A predicate for the list and watch query parameters.
 * @param {URLSearchParams} params
 * @returns {(obj: any) => boolean}
 */
function selectorFromQuery(params) {
  const labels = parseLabelSelector(params.get('labelSelector'));
  const fields = parseFieldSelector(params.get('fieldSelector'));
  return (obj) => matchLabels(labels, obj?.metadata?.labels) && matchFields(fields, obj);
}

module.exports = {
  parseLabelSelector,
  matchLabels,
  parseFieldSelector,
  matchFields,
  selectorFromQuery,
};
