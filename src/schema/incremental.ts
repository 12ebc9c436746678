import { encodePointer, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';

/** What the interpreter says about a document: its output units, in its order. */
export interface Interpreted {
  valid: boolean;
  errors: OutputUnit[];
}

type Lookup = Record<string, Schema | boolean>;

/**
 * Keywords whose verdict on a node depends on the whole value below it (or that apply more than one
 * schema to it): a change below such a node is checked again from that node.
 */
const WHOLE_VALUE = new Set([
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'dependencies',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'uniqueItems',
  'enum',
  'const',
  '$recursiveRef',
  '$recursiveAnchor',
  'prefixItems',
  'additionalItems',
  'patternProperties',
  'propertyNames',
]);
/** Keywords that apply a schema to the node itself or its children, besides `$ref`. */
const APPLICATORS = new Set(['properties', 'additionalProperties', 'items']);
/** Units that only say "something below failed": alone, they make no document invalid. */
const PATH_UNITS = new Set(['properties', 'additionalProperties', 'items', '$ref']);

/** Beyond this many changed nodes a keystroke was not a keystroke: check the whole document. */
const MAX_CHANGES = 16;
/** Documents checked lately, to compare the next one with (the editor alternates two). */
const HISTORY = 3;

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A private copy of `data` made from `base`, a copy of a document that differs from `data` only
 * at `paths`: the containers on those paths are copied, the changed values cloned, and the rest
 * shared with `base` (copies are never written to once made). A keystroke then costs a few
 * nodes, not a copy of a 200-disk VM.
 */
const patched = (
  base: unknown,
  data: unknown,
  paths: ReadonlyArray<ReadonlyArray<string | number>>,
) => {
  let root = base;
  for (const path of paths) {
    if (path.length === 0) return snapshot(data);
    const copy = (node: unknown, source: unknown, depth: number): unknown => {
      if (depth === path.length) return snapshot(source);
      const key = path[depth];
      const container = (Array.isArray(node) ? [...node] : { ...(node as object) }) as Record<
        string | number,
        unknown
      >;
      container[key] = copy(
        container[key],
        (source as Record<string | number, unknown>)[key],
        depth + 1,
      );
      return container;
    };
    root = copy(root, data, 0);
  }
  return root;
};

const snapshot = (value: unknown): unknown =>
  typeof structuredClone === 'function'
    ? structuredClone(value)
    : JSON.parse(JSON.stringify(value));

/**
 * The paths (as key lists) of the outermost places where `b` differs from `a`: a changed scalar or
 * type, an object whose keys changed, an array whose length changed. Undefined when there are more
 * than `MAX_CHANGES`.
 */
const changedPaths = (a: unknown, b: unknown): Array<Array<string | number>> | undefined => {
  const out: Array<Array<string | number>> = [];
  const path: Array<string | number> = [];
  const walk = (x: unknown, y: unknown): boolean => {
    if (x === y) return true;
    const shapeChanged = () => {
      out.push([...path]);
      return out.length <= MAX_CHANGES;
    };
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null)
      return shapeChanged();
    if (Array.isArray(x) !== Array.isArray(y)) return shapeChanged();
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return shapeChanged();
      for (let i = 0; i < x.length; i++) {
        path.push(i);
        const ok = walk(x[i], y[i]);
        path.pop();
        if (!ok) return false;
      }
      return true;
    }
    const xs = x as Record<string, unknown>;
    const ys = y as Record<string, unknown>;
    const keys = Object.keys(ys);
    if (keys.length !== Object.keys(xs).length || keys.some((k) => !hasOwn(xs, k)))
      return shapeChanged();
    for (const k of keys) {
      path.push(k);
      const ok = walk(xs[k], ys[k]);
      path.pop();
      if (!ok) return false;
    }
    return true;
  };
  return walk(a, b) ? out : undefined;
};

interface Place {
  schema: Schema | boolean;
  keywordLocation: string;
  instanceLocation: string;
  value: unknown;
}

/**
 * Where a change at `path` must be checked from: the changed node itself, or the outermost node
 * above it whose schema looks at its whole value (anyOf, enum...) or that the walk cannot see
 * through (a `$ref` beside other applicators, pattern properties, tuples). The keyword and
 * instance locations are spelled as the interpreter spells them, so its units compare as equal.
 */
const placeOf = (
  root: Schema,
  lookup: Lookup,
  doc: unknown,
  path: ReadonlyArray<string | number>,
): Place => {
  let here: Place = { schema: root, keywordLocation: '#', instanceLocation: '#', value: doc };
  for (const segment of path) {
    // The node's applicable schema, through a chain of plain `$ref`s.
    let schema: Schema | boolean = here.schema;
    let location = here.keywordLocation;
    for (let hops = 0; typeof schema === 'object' && schema.$ref !== undefined; hops++) {
      const keys = Object.keys(schema);
      if (hops > 64 || keys.some((k) => WHOLE_VALUE.has(k) || APPLICATORS.has(k))) return here;
      const ref = schema as Schema & { __absolute_ref__?: string };
      const target: Schema | boolean | undefined = lookup[ref.__absolute_ref__ ?? ref.$ref ?? ''];
      if (target === undefined) return here;
      schema = target;
      location = `${location}/$ref`;
    }
    if (typeof schema !== 'object' || Object.keys(schema).some((k) => WHOLE_VALUE.has(k)))
      return here;
    const value = here.value;
    let child: Schema | boolean | undefined;
    let childLocation: string;
    let instanceLocation: string;
    if (typeof segment === 'number') {
      if (!Array.isArray(value) || typeof schema.items !== 'object' || Array.isArray(schema.items))
        return here;
      child = schema.items;
      childLocation = `${location}/items`;
      instanceLocation = `${here.instanceLocation}/${segment}`;
    } else {
      if (!isRecord(value)) return here;
      const properties = schema.properties;
      if (properties && hasOwn(properties, segment)) {
        child = properties[segment];
        childLocation = `${location}/properties/${encodePointer(segment)}`;
      } else if (typeof schema.additionalProperties === 'object') {
        child = schema.additionalProperties;
        childLocation = `${location}/additionalProperties`;
      } else return here;
      instanceLocation = `${here.instanceLocation}/${encodePointer(segment)}`;
    }
    if (typeof child !== 'object') return here;
    here = {
      schema: child,
      keywordLocation: childLocation,
      instanceLocation,
      value: (value as Record<string | number, unknown>)[segment],
    };
  }
  return here;
};

const within = (location: string, place: string): boolean =>
  location === place || location.startsWith(`${place}/`);

/**
 * The interpreter's verdict on documents that follow each other closely (an editor's keystrokes),
 * re-checking only what changed since a recent document: each changed node (or the node above it
 * whose verdict depends on it) is checked again, and its units replace the old ones there. A
 * document that differs too much, or whose change reaches a node the walk cannot see through, is
 * checked whole. The result has the same units as a whole check (tests compare both), possibly
 * in another order among unrelated places.
 */
export const createIncrementalValidator = (
  root: Schema,
  lookup: Lookup,
  whole: (data: unknown) => Interpreted,
): ((data: unknown) => Interpreted) => {
  let recent: Array<{ doc: unknown; result: Interpreted }> = [];
  const remember = (copy: unknown, result: Interpreted) => {
    recent = [{ doc: copy, result }, ...recent].slice(0, HISTORY);
    return result;
  };
  const check = (data: unknown): Interpreted => {
    for (const [index, { doc, result }] of recent.entries()) {
      const paths = changedPaths(doc, data);
      if (paths === undefined) continue;
      if (paths.length === 0) {
        recent = [recent[index], ...recent.filter((_r, i) => i !== index)];
        return result;
      }
      const places = paths
        .map((p) => placeOf(root, lookup, data, p))
        .sort((a, b) => a.instanceLocation.length - b.instanceLocation.length);
      const outer = places.filter(
        (p, i) => !places.slice(0, i).some((q) => within(p.instanceLocation, q.instanceLocation)),
      );
      // The whole document again: another recent one may be closer.
      if (outer.some((p) => p.instanceLocation === '#')) continue;
      let units = result.errors;
      for (const place of outer) {
        const fresh = validate(
          place.value,
          place.schema,
          '2019-09',
          lookup,
          false,
          null,
          place.instanceLocation,
          place.keywordLocation,
        ).errors;
        // The place's old units give way to the new ones, where they were. Units above it that
        // only say "something below failed" may be stale; nothing reads them (cluster.ts drops
        // them), and validity below counts only the others.
        const kept: OutputUnit[] = [];
        let insertAt = -1;
        for (const u of units) {
          if (!within(u.instanceLocation, place.instanceLocation)) kept.push(u);
          else if (insertAt < 0) insertAt = kept.length;
        }
        if (insertAt < 0) insertAt = kept.length;
        units = [...kept.slice(0, insertAt), ...fresh, ...kept.slice(insertAt)];
      }
      const valid = units.every((u) => PATH_UNITS.has(u.keyword));
      return remember(patched(doc, data, paths), { valid, errors: valid ? [] : units });
    }
    return remember(snapshot(data), whole(data));
  };
  return (data) => {
    try {
      return check(data);
    } catch {
      // A value the walk or the copy cannot take (a cycle, a function): the whole check decides.
      return whole(data);
    }
  };
};
