// @ts-check
'use strict';

const { RESOURCES, groups, apiVersionOf } = require('./resources');

/** `/api`: the legacy core group. */
function apiVersions() {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }],
  };
}

/** @param {string} group @param {string[]} versions */
function apiGroup(group, versions) {
  const vs = versions.map((v) => ({ groupVersion: `${group}/${v}`, version: v }));
  return { kind: 'APIGroup', apiVersion: 'v1', name: group, versions: vs, preferredVersion: vs[0] };
}

/** `/apis` */
function apiGroupList() {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: [...groups()].map(([g, vs]) => {
      /** @type {Record<string, unknown>} */
      const g2 = apiGroup(g, vs);
      delete g2.kind;
      delete g2.apiVersion;
      return g2;
    }),
  };
}

/**
 * `/api/v1` or `/apis/<group>/<version>`, with the subresources the demo API serves.
 * @param {string} group @param {string} version
 */
function apiResourceList(group, version) {
  const rs = RESOURCES.filter((r) => r.group === group && r.version === version);
  if (rs.length === 0) return null;
  const resources = [];
  for (const r of rs) {
    /** @type {Record<string, unknown>} */
    const entry = {
      name: r.plural,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.verbs,
    };
    if (r.shortNames) entry.shortNames = r.shortNames;
    if (r.categories) entry.categories = r.categories;
    resources.push(entry);
    if (r.statusSubresource) {
      resources.push({
        name: `${r.plural}/status`,
        singularName: '',
        namespaced: r.namespaced,
        kind: r.kind,
        verbs: ['get', 'patch', 'update'],
      });
    }
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: apiVersionOf(rs[0]),
    resources,
  };
}

function version() {
  return {
    major: '1',
    minor: '33',
    gitVersion: 'v1.33.0-kubevirt-appliance-preview',
    platform: 'linux/amd64',
  };
}

module.exports = { apiVersions, apiGroup, apiGroupList, apiResourceList, version };
