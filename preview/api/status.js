// @ts-check
'use strict';

/**
 * Kubernetes `Status` bodies. Messages follow the wording of the real API server so that
 * whatever the plugin shows for a preview error is what a user would see on a cluster.
 */

/** @type {Record<number, string>} */
const REASONS = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  409: 'Conflict',
  410: 'Expired',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

class ApiError extends Error {
  /**
   * @param {number} code
   * @param {string} message
   * @param {string} [reason]
   * @param {Record<string, unknown>} [details]
   */
  constructor(code, message, reason, details) {
    super(message);
    this.code = code;
    this.reason = reason || REASONS[code] || 'Unknown';
    this.details = details;
  }

  toStatus() {
    /** @type {Record<string, unknown>} */
    const body = {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      code: this.code,
    };
    if (this.details) body.details = this.details;
    return body;
  }
}

/**
 * `virtualmachines.kubevirt.io` or `persistentvolumeclaims` (core group has no suffix).
 * @param {{plural: string, group: string}} res
 */
function qualified(res) {
  return res.group ? `${res.plural}.${res.group}` : res.plural;
}

/** @param {{plural: string, group: string}} res @param {string} name */
function notFound(res, name) {
  return new ApiError(404, `${qualified(res)} "${name}" not found`, 'NotFound', {
    name,
    group: res.group,
    kind: res.plural,
  });
}

/** @param {{plural: string, group: string}} res @param {string} name */
function alreadyExists(res, name) {
  return new ApiError(409, `${qualified(res)} "${name}" already exists`, 'AlreadyExists', {
    name,
    group: res.group,
    kind: res.plural,
  });
}

/** @param {{plural: string, group: string}} res @param {string} name @param {string} [why] */
function conflict(res, name, why) {
  const tail =
    why ||
    'the object has been modified; please apply your changes to the latest version and try again';
  return new ApiError(
    409,
    `Operation cannot be fulfilled on ${qualified(res)} "${name}": ${tail}`,
    'Conflict',
    {
      name,
      group: res.group,
      kind: res.plural,
    },
  );
}

/** @param {string} message */
function badRequest(message) {
  return new ApiError(400, message, 'BadRequest');
}

/**
 * @typedef {{reason: string, message: string, field: string}} Cause
 * @param {{kind: string, group: string}} res
 * @param {string} name
 * @param {Cause[]} causes
 */
function invalid(res, name, causes) {
  const parts = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const list = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  const kind = res.group ? `${res.kind}.${res.group}` : res.kind;
  return new ApiError(422, `${kind} "${name}" is invalid: ${list}`, 'Invalid', {
    name,
    group: res.group,
    kind: res.kind,
    causes,
  });
}

/**
 * @param {{plural: string, group: string}} res
 * @param {{user: string, verb: string, namespace?: string, name?: string}} a
 */
function forbidden(res, a) {
  const obj = a.name ? `${qualified(res)} "${a.name}"` : qualified(res);
  const scope = a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope';
  const message = `${obj} is forbidden: User "${a.user}" cannot ${a.verb} resource "${res.plural}" in API group "${res.group}" ${scope}`;
  /** @type {Record<string, unknown>} */
  const details = { group: res.group, kind: res.plural };
  if (a.name) details.name = a.name;
  return new ApiError(403, message, 'Forbidden', details);
}

/** @param {number} code @param {string} [message] */
function fromCode(code, message) {
  return new ApiError(code, message || `injected failure with status ${code}`, REASONS[code]);
}

/** @param {unknown} e */
function toApiError(e) {
  if (e instanceof ApiError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new ApiError(500, `Internal error occurred: ${message}`, 'InternalError');
}

module.exports = {
  ApiError,
  REASONS,
  qualified,
  notFound,
  alreadyExists,
  conflict,
  badRequest,
  invalid,
  forbidden,
  fromCode,
  toApiError,
};
