#!/usr/bin/env node
// @ts-check
// Generates the VirtualMachine JSON schema from the TypeScript types of @kubevirt-ui-ext/kubevirt-api
// and compiles it into ajv standalone code, so the browser never needs `new Function` (the console's
// Content-Security-Policy forbids it).
//
// Outputs (src/schema/generated/, gitignored):
//   virtualmachine.schema.json  the schema, for people and tools
//   vm-schema.ts                the same schema as a module (knownFieldsAt, suggestions)
//   vm-validator.ts             the compiled validator
//
// Skips the work when every output is newer than the package's types and this script (`--force` redoes it).
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const packageDir = path.join(root, 'node_modules/@kubevirt-ui-ext/kubevirt-api/dist/kubevirt');
const typesFile = path.join(packageDir, 'index.d.ts');
// The package's runtime code: its ToJSON functions hold the JSON name of every renamed field.
const runtimeFile = path.join(packageDir, 'index.js');
// `--out DIR` writes elsewhere (tests compare a fresh run with the build's output).
const outArg = process.argv.indexOf('--out');
if (outArg > 0 && !process.argv[outArg + 1]) {
  console.error('generate-schema: --out needs a directory');
  process.exit(2);
}
const outDir =
  outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'src/schema/generated');
const outputs = {
  json: path.join(outDir, 'virtualmachine.schema.json'),
  schemaModule: path.join(outDir, 'vm-schema.ts'),
  validatorModule: path.join(outDir, 'vm-validator.ts'),
};
const ROOT_TYPE = 'V1VirtualMachine';

// Kubernetes quantities are written both as strings ('2Gi', '500m', '34087042032') and as bare
// numbers (cpu: 2); the API server accepts both, so the schema must too.
const QUANTITY_PATTERN = '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+|[numkMGTPE]|[KMGTPE]i)?$';
const quantity = () => ({ type: ['string', 'number'], pattern: QUANTITY_PATTERN });
const intOrString = () => ({ type: ['string', 'number'] });
// Maps whose values are quantities (resource requests and limits).
const QUANTITY_MAPS = new Set(['requests', 'limits']);

const isFresh = () => {
  const inputs = [typesFile, runtimeFile, __filename].map((f) => fs.statSync(f).mtimeMs);
  const newestInput = Math.max(...inputs);
  return Object.values(outputs).every(
    (f) => fs.existsSync(f) && fs.statSync(f).mtimeMs > newestInput,
  );
};

const generate = () => {
  const { createGenerator } = require('ts-json-schema-generator');
  // jsDoc 'extended' only to recognise Quantity and Time fields by their documentation, see below.
  const generator = createGenerator({
    path: typesFile,
    type: ROOT_TYPE,
    skipTypeCheck: true,
    topRef: true,
    // The package declares its types first and exports them in one list at the end.
    expose: 'all',
    jsDoc: 'extended',
    additionalProperties: false,
  });
  return generator.createSchema(ROOT_TYPE);
};

/**
 * The package's generator renames fields whose JSON name is a reserved word or odd in TypeScript
 * (`default` -> `_default`, `continue` -> `_continue`, `VSOCKCID` -> `vSOCKCID`). A schema must use
 * the names the API server serves, so the renames are read back from the package's own ToJSON
 * functions (`{default: e._default, ...}`), the one place that knows both names.
 * @returns {Map<string, string>} TypeScript name -> JSON name
 */
const jsonNames = () => {
  const code = fs.readFileSync(runtimeFile, 'utf8');
  /** @type {Map<string, string>} */
  const renames = new Map();
  const pair = /[{,]("[^"]+"|[A-Za-z_$][\w$]*):(?:[A-Za-z0-9_$]+\()?e\.([A-Za-z_$][\w$]*)/g;
  for (const [, written, tsName] of code.matchAll(pair)) {
    const jsonName = written.replace(/^"|"$/g, '');
    if (jsonName === tsName) continue;
    if (renames.has(tsName) && renames.get(tsName) !== jsonName)
      throw new Error(`generate-schema: ${tsName} maps to two JSON names`);
    renames.set(tsName, jsonName);
  }
  if (renames.get('_default') !== 'default')
    throw new Error('generate-schema: could not read the field renames from the package runtime');
  return renames;
};

/**
 * @param {Record<string, any>} def
 * @param {Map<string, string>} renames
 */
const renameProperties = (def, renames) => {
  if (!def.properties) return def;
  /** @type {Record<string, any>} */
  const properties = {};
  for (const [name, prop] of Object.entries(def.properties)) {
    const jsonName = renames.get(name) ?? name;
    if (jsonName !== name && jsonName in def.properties)
      throw new Error(`generate-schema: renaming ${name} to ${jsonName} collides`);
    properties[jsonName] = prop;
  }
  const required = def.required?.map((/** @type {string} */ n) => renames.get(n) ?? n);
  return { ...def, properties, ...(required ? { required } : {}) };
};

/**
 * `status` is written by the cluster, never by the user, and the package's types lose some of its
 * fields (condition times). A `kubectl get -o yaml` dump must validate, so it is any object.
 * Definitions only `status` used are dropped with it.
 * @param {any} schema
 */
const openStatus = (schema) => {
  schema.definitions[ROOT_TYPE].properties.status = { type: 'object' };
  /** @type {Set<string>} */
  const used = new Set();
  /** @param {any} node */
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string') {
      const name = decodeURIComponent(node.$ref.replace('#/definitions/', ''));
      if (!used.has(name)) {
        used.add(name);
        walk(schema.definitions[name]);
      }
    }
    Object.values(node).forEach(walk);
  };
  used.add(ROOT_TYPE);
  walk(schema.definitions[ROOT_TYPE]);
  schema.definitions = Object.fromEntries(
    Object.entries(schema.definitions).filter(([name]) => used.has(name)),
  );
};

/**
 * No code-generation artifact may reach the schema: every field name must be one KubeVirt serves.
 * @param {any} schema
 */
const assertJsonNames = (schema) => {
  for (const [defName, def] of Object.entries(schema.definitions)) {
    for (const name of Object.keys(/** @type {any} */ (def).properties || {})) {
      if (name.startsWith('_'))
        throw new Error(`generate-schema: ${defName}.${name} looks like a generator rename`);
    }
  }
};

/**
 * Rewrites one property schema where the TypeScript types say less than the API accepts.
 * @param {string} name
 * @param {any} prop
 */
const adjustProperty = (name, prop) => {
  const description = prop.description || '';
  if (description.startsWith('Quantity is a fixed-point')) return quantity();
  // Time fields are strings; `creationTimestamp: null` is what the Go client writes into templates.
  if (description.startsWith('Time is a wrapper around time.Time')) {
    return { type: ['string', 'null'] };
  }
  if (
    QUANTITY_MAPS.has(name) &&
    prop.type === 'object' &&
    prop.additionalProperties &&
    typeof prop.additionalProperties === 'object'
  ) {
    return { type: 'object', additionalProperties: quantity() };
  }
  return prop;
};

/**
 * @param {any} node
 * @returns {any}
 */
const stripDescriptions = (node) => {
  if (Array.isArray(node)) return node.map(stripDescriptions);
  if (!node || typeof node !== 'object') return node;
  /** @type {Record<string, any>} */
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    // `properties` holds field names, one of which could be called "description".
    if (key === 'description' && typeof value === 'string') continue;
    out[key] =
      key === 'properties' ? mapValues(value, stripDescriptions) : stripDescriptions(value);
  }
  return out;
};

/**
 * @template T, U
 * @param {Record<string, T>} obj
 * @param {(value: T, key: string) => U} fn
 * @returns {Record<string, U>}
 */
const mapValues = (obj, fn) =>
  Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v, k)]));

/**
 * Closes every object type that lists its properties; free-form objects and maps stay open.
 * @param {any} node
 * @returns {void}
 */
const closeObjects = (node) => {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (!node || typeof node !== 'object') return;
  if (node.properties && typeof node.properties === 'object') {
    node.additionalProperties = false;
    Object.values(node.properties).forEach(closeObjects);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'properties') closeObjects(value);
  }
};

/** @param {any} schema */
const postProcess = (schema) => {
  const renames = jsonNames();
  const definitions = mapValues(schema.definitions, (raw) => {
    const def = renameProperties(raw, renames);
    return def.properties
      ? { ...def, properties: mapValues(def.properties, (p, n) => adjustProperty(n, p)) }
      : def;
  });
  // The OpenAPI generator behind the package drops IntOrString fields; probes need their port back.
  for (const name of ['K8sIoApiCoreV1HTTPGetAction', 'K8sIoApiCoreV1TCPSocketAction']) {
    const def = definitions[name];
    if (!def || !def.properties) throw new Error(`generate-schema: ${name} not found in the types`);
    def.properties.port = intOrString();
    def.required = [...new Set([...(def.required || []), 'port'])];
  }
  const result = stripDescriptions({ ...schema, definitions });
  openStatus(result);
  closeObjects(result.definitions);
  assertJsonNames(result);
  const rootDef = result.definitions[ROOT_TYPE];
  for (const field of ['apiVersion', 'kind']) {
    if (!rootDef.properties[field] || rootDef.properties[field].type !== 'string') {
      throw new Error(`generate-schema: ${ROOT_TYPE}.${field} is not a string in the types`);
    }
  }
  return result;
};

/**
 * @param {import('ajv').SchemaObject} schema
 * @returns {string}
 */
const standaloneValidator = (schema) => {
  const Ajv = require('ajv').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    code: { source: true, esm: true },
    inlineRefs: false,
    messages: false,
  });
  const code = standaloneCode(ajv, ajv.compile(schema));
  // Runtime helpers would arrive as require() calls, which an ES module cannot rely on.
  if (/\brequire\(/.test(code)) {
    throw new Error(
      'generate-schema: the standalone validator needs ajv runtime helpers; import them',
    );
  }
  return code;
};

const HEADER =
  '// @ts-nocheck\n// Generated by scripts/generate-schema.js from @kubevirt-ui-ext/kubevirt-api. Do not edit.\n';

const main = () => {
  const force = process.argv.includes('--force');
  if (!force && isFresh()) {
    console.log('generate-schema: up to date');
    return;
  }
  const started = Date.now();
  const schema = postProcess(generate());
  const json = `${JSON.stringify(schema, null, 2)}\n`;
  const validator = standaloneValidator(schema);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(outputs.json, json);
  fs.writeFileSync(
    outputs.schemaModule,
    `${HEADER}const schema: Record<string, unknown> = ${JSON.stringify(schema)};\nexport default schema;\n`,
  );
  fs.writeFileSync(outputs.validatorModule, `${HEADER}${validator}\n`);
  const count = Object.keys(schema.definitions).length;
  console.log(`generate-schema: ${count} definitions in ${Date.now() - started} ms`);
};

try {
  main();
} catch (error) {
  console.error(`generate-schema: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
