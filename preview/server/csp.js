// @ts-check
// The Content-Security-Policy the OpenShift console (4.22, on a cluster) serves with its page, so a
// plugin that the console would block fails in the preview and its browser tests too. Read from the
// console's server (BuildCSPDirectives), with no plugin-contributed sources: this plugin asks for
// none. What the policy still allows and the plugin avoids anyway is in docs/security.md.
'use strict';

const { randomBytes } = require('crypto');

/** A fresh nonce for one page: the host script carries it, as the console's index page does. */
const newNonce = () => randomBytes(16).toString('base64');

/** @param {string} nonce @returns {string} */
function consoleCsp(nonce) {
  return [
    "base-uri 'self'",
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `script-src 'self' console.redhat.com 'unsafe-eval' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self' console.redhat.com",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

module.exports = { consoleCsp, newNonce };
