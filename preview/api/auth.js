// @ts-check
'use strict';

/**
 * The preview's role model, standing in for RBAC:
 * - `admin` (or no Impersonate-User header): cluster-admin.
 * - `developer`: the `edit` role in namespace `demo`; read-only in the golden-image namespace;
 *   may read cluster-scoped instancetypes and preferences; may not list across namespaces.
 *   Like an OpenShift user, they cannot list `namespaces` (403) but `projects` lists the ones they
 *   may see.
 * - `viewer`: the `view` role in every namespace: read (get/list/watch) everything except Secrets
 *   (the real `view` ClusterRole leaves Secrets out), write nothing.
 * Any other user has no rights at all (RBAC denies by default).
 */

const GOLDEN_NS = 'openshift-virtualization-os-images';
const DEV_NS = 'demo';
const READ = ['get', 'list', 'watch'];
const CLUSTER_READABLE = ['virtualmachineclusterinstancetypes', 'virtualmachineclusterpreferences'];
/** Storage classes and CDI's storage profiles are cluster facts every user's forms need. */
const STORAGE_READABLE = ['storageclasses', 'storageprofiles'];
/** Every authenticated user may read the KubeVirt installation (its version and feature gates). */
const KUBEVIRT_READABLE = ['kubevirts'];
/** Everyone may ask the API what they may do, as with the `basic-user` role. */
const ALWAYS = ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'];

const USERS = ['admin', 'developer', 'viewer'];

/**
 * @typedef {{user: string, verb: string, resource: string, group?: string, namespace?: string, name?: string}} Attrs
 * @param {Attrs} a
 * @returns {{allowed: boolean, reason: string}}
 */
function authorize(a) {
  const { user, verb, resource, namespace, name } = a;
  const read = READ.includes(verb);
  if (ALWAYS.includes(resource) && verb === 'create') {
    return { allowed: true, reason: 'allowed for every authenticated user' };
  }
  if (user === 'admin')
    return {
      allowed: true,
      reason:
        'RBAC: allowed by ClusterRoleBinding "cluster-admins" of ClusterRole "cluster-admin" to User "admin"',
    };
  if (user === 'viewer') {
    if (!read) return { allowed: false, reason: `User "viewer" has read-only access` };
    if (resource === 'secrets')
      return { allowed: false, reason: 'the view role does not include secrets' };
    return {
      allowed: true,
      reason:
        'RBAC: allowed by ClusterRoleBinding "viewers" of ClusterRole "view" to User "viewer"',
    };
  }
  if (user === 'developer') {
    if (resource === 'projects') {
      // Projects are OpenShift's filtered view of namespaces: listing is allowed, and filtered.
      if (verb === 'list' || verb === 'watch')
        return { allowed: true, reason: 'projects are listed filtered to what the user may see' };
      if (verb === 'get')
        return projectVisible(user, name || '')
          ? { allowed: true, reason: 'project member' }
          : { allowed: false, reason: '' };
      return { allowed: false, reason: '' };
    }
    if (resource === 'namespaces') {
      if (verb === 'get' && name && projectVisible(user, name))
        return { allowed: true, reason: 'project member' };
      return { allowed: false, reason: '' };
    }
    if (KUBEVIRT_READABLE.includes(resource) && read) {
      return {
        allowed: true,
        reason:
          'RBAC: allowed by ClusterRoleBinding "kubevirt-readers" of ClusterRole "kubevirt.io:view" to Group "system:authenticated"',
      };
    }
    if (STORAGE_READABLE.includes(resource) && read) {
      return {
        allowed: true,
        reason:
          'RBAC: allowed by ClusterRoleBinding "storage-readers" of ClusterRole "storage-class-reader" to Group "system:authenticated"',
      };
    }
    if (CLUSTER_READABLE.includes(resource) && read) {
      return {
        allowed: true,
        reason:
          'RBAC: allowed by ClusterRoleBinding "instancetype-viewers" of ClusterRole "instancetype.kubevirt.io:view" to Group "system:authenticated"',
      };
    }
    if (namespace === DEV_NS) {
      return {
        allowed: true,
        reason: `RBAC: allowed by RoleBinding "edit/${DEV_NS}" of ClusterRole "edit" to User "developer"`,
      };
    }
    if (namespace === GOLDEN_NS && read && resource !== 'secrets') {
      return {
        allowed: true,
        reason: `RBAC: allowed by RoleBinding "os-images.kubevirt.io:view/${GOLDEN_NS}" of ClusterRole "os-images.kubevirt.io:view" to Group "system:authenticated"`,
      };
    }
    return { allowed: false, reason: '' };
  }
  return { allowed: false, reason: '' };
}

/** @param {string} user @param {string} ns */
function projectVisible(user, ns) {
  if (user === 'admin' || user === 'viewer') return true;
  if (user === 'developer') return ns === DEV_NS || ns === GOLDEN_NS;
  return false;
}

/** @param {import('http').IncomingMessage} req */
function userOf(req) {
  const h = req.headers['impersonate-user'];
  const v = Array.isArray(h) ? h[0] : h;
  return v && v.trim() ? v.trim() : 'admin';
}

module.exports = { authorize, projectVisible, userOf, USERS, GOLDEN_NS, DEV_NS };
