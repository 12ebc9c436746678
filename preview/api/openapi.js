// @ts-check
'use strict';

const fs = require('node:fs');
const { SCHEMA_FILE } = require('./vm-schema');

/**
 * The OpenAPI v3 documents the demo API publishes (`/openapi/v3` and
 * `/openapi/v3/apis/kubevirt.io/v1`), in the shape the Kubernetes API server gives them: schemas
 * under `components.schemas`, `$ref`s to `#/components/schemas/...` wrapped in `allOf` where a
 * field refers to a type, no `additionalProperties: false` (the server's strict field validation
 * rejects unknown fields without it), nullable types, int-or-string fields marked
 * `x-kubernetes-int-or-string`. Built from the generated VirtualMachine schema the demo API
 * validates with, written here without src/ so that the plugin's reading of it is tested, not
 * shared.
 */

const GROUP_VERSION = 'apis/kubevirt.io/v1';
const VM_NAME = 'io.kubevirt.v1.VirtualMachine';
/** The generated schema's names for the types Kubernetes publishes under their Go package path. */
const NAMES = /** @type {Record<string, string>} */ ({
  V1VirtualMachine: VM_NAME,
  K8sIoApimachineryPkgApisMetaV1ObjectMeta: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
  K8sIoApimachineryPkgApisMetaV1OwnerReference:
    'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
  K8sIoApimachineryPkgApisMetaV1ManagedFieldsEntry:
    'io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry',
});
// The API server's spelling of the quantity pattern in a CRD.
const K8S_QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';

/** @param {string} name */
const nameOf = (name) => NAMES[name] || `io.kubevirt.v1.${name}`;

/**
 * One schema node, in OpenAPI v3 terms.
 * @param {any} node @param {boolean} [asField] a property's schema (a `$ref` there is wrapped)
 * @returns {any}
 */
function convert(node, asField = false) {
  if (Array.isArray(node)) return node.map((n) => convert(n));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const ref = { $ref: `#/components/schemas/${nameOf(node.$ref.replace('#/definitions/', ''))}` };
    return asField ? { allOf: [ref], default: {} } : ref;
  }
  /** @type {Record<string, any>} */
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'additionalProperties' && value === false) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, convert(v, true)]),
      );
    } else if (key !== 'type') {
      out[key] = convert(value);
    }
  }
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (types.includes('null')) out.nullable = true;
  const rest = types.filter((/** @type {string} */ t) => t !== 'null');
  if (rest.length === 2 && rest.includes('string') && rest.includes('number')) {
    // Quantities and IntOrString: the generated schema allows a string or a number.
    delete out.pattern;
    return {
      ...out,
      anyOf: [{ type: 'integer' }, { type: 'string' }],
      ...(node.pattern ? { pattern: K8S_QUANTITY_PATTERN } : {}),
      'x-kubernetes-int-or-string': true,
    };
  }
  if (rest.length === 1) out.type = rest[0];
  if (rest.length > 1) out.anyOf = rest.map((/** @type {string} */ t) => ({ type: t }));
  // Free-form objects (`type: object` without properties) keep what they are given.
  if (out.type === 'object' && !out.properties && !out.additionalProperties) {
    out['x-kubernetes-preserve-unknown-fields'] = true;
  }
  return out;
}

/** @type {any} */
let cached;

/** `GET /openapi/v3/apis/kubevirt.io/v1`. */
function kubevirtOpenApi() {
  if (cached) return cached;
  const generated = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const definitions = generated.definitions || generated.$defs || {};
  /** @type {Record<string, any>} */
  const schemas = {};
  for (const [name, def] of Object.entries(definitions)) schemas[nameOf(name)] = convert(def);
  const vm = schemas[VM_NAME];
  if (!vm) throw new Error(`the generated schema has no V1VirtualMachine definition`);
  vm.description =
    'VirtualMachine handles the VirtualMachines that are not running or are in a stopped state.';
  vm['x-kubernetes-group-version-kind'] = [
    { group: 'kubevirt.io', kind: 'VirtualMachine', version: 'v1' },
  ];
  schemas[`${VM_NAME}List`] = {
    type: 'object',
    required: ['items'],
    properties: {
      apiVersion: { type: 'string' },
      items: { type: 'array', items: { $ref: `#/components/schemas/${VM_NAME}` } },
      kind: { type: 'string' },
    },
    'x-kubernetes-group-version-kind': [
      { group: 'kubevirt.io', kind: 'VirtualMachineList', version: 'v1' },
    ],
  };
  cached = {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.33.0' },
    paths: {},
    components: { schemas },
  };
  return cached;
}

/** `GET /openapi/v3`: which group versions have a document. */
function openApiIndex() {
  return {
    paths: { [GROUP_VERSION]: { serverRelativeURL: `/openapi/v3/${GROUP_VERSION}` } },
  };
}

module.exports = { kubevirtOpenApi, openApiIndex };
