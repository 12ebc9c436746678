// @ts-check
'use strict';

const { RESOURCES } = require('./resources');
const { sendJson } = require('./http');
const discovery = require('./discovery');
const { kubevirtOpenApi, openApiIndex } = require('./openapi');

/**
 * Answers a GET for a discovery document (`/version`, `/api`, `/apis`, a group, a group version,
 * the OpenAPI v3 index and kubevirt.io/v1's OpenAPI v3 document);
 * false when the path is none of them.
 * @param {import('http').ServerResponse} res @param {string} path @param {string[]} seg
 */
function serveDiscovery(res, path, seg) {
  /** @param {unknown} body */
  const send = (body) => {
    sendJson(res, 200, body);
    return true;
  };
  if (path === '/version') return send(discovery.version());
  // OpenAPI v3, readable by every user as the system:discovery role allows.
  if (path === '/openapi/v3') return send(openApiIndex());
  if (path === '/openapi/v3/apis/kubevirt.io/v1') return send(kubevirtOpenApi());
  if (path === '/api') return send(discovery.apiVersions());
  if (path === '/apis') return send(discovery.apiGroupList());
  if (seg[0] === 'api' && seg.length === 2) {
    const l = discovery.apiResourceList('', seg[1]);
    if (l) return send(l);
  }
  if (seg[0] === 'apis' && seg.length === 2) {
    const versions = [
      ...new Set(RESOURCES.filter((r) => r.group === seg[1]).map((r) => r.version)),
    ];
    if (versions.length) return send(discovery.apiGroup(seg[1], versions));
  }
  if (seg[0] === 'apis' && seg.length === 3) {
    const l = discovery.apiResourceList(seg[1], seg[2]);
    if (l) return send(l);
  }
  return false;
}

module.exports = { serveDiscovery };
