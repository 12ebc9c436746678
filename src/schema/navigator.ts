import { joinPointer, parsePointer, unescapeSegment } from '../findings';

export type JsonSchema = Record<string, unknown>;

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const;

/** A breadth-first search gives up beyond this depth: no VirtualMachine field sits deeper. */
const MAX_LOCATE_DEPTH = 12;

/**
 * Reads a JSON schema the way a document is read: which fields exist at a
 * JSON pointer, and where else a field name would be valid. Understands local
 * `$ref`s and the combinators, which is all that generated and OpenAPI
 * schemas use for structure.
 */
export class SchemaNavigator {
  private locations: Map<string, string> | undefined;

  constructor(private readonly root: JsonSchema) {}

  /** Follows `$ref` chains (bounded, so a self-referencing `$ref` cannot loop). */
  resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; hops < 32 && typeof current.$ref === 'string'; hops++) {
      const target = this.lookup(current.$ref);
      if (!target) return current;
      current = target;
    }
    return current;
  }

  /** The schema of `pointer` inside a document, or `undefined` when the schema does not know it. */
  at(pointer: string): JsonSchema | undefined {
    let current: JsonSchema | undefined = this.root;
    for (const segment of parsePointer(pointer)) {
      if (!current) return undefined;
      current = this.child(current, segment);
    }
    return current;
  }

  /** Property names a schema lists, its combinator branches included, sorted. */
  propertiesOf(schema: JsonSchema): string[] {
    const names = new Set<string>();
    this.eachBranch(schema, (branch) => {
      if (isSchema(branch.properties)) Object.keys(branch.properties).forEach((n) => names.add(n));
    });
    return [...names].sort();
  }

  /** Field names a schema requires, its combinator branches included. */
  requiredOf(schema: JsonSchema): string[] {
    const names = new Set<string>();
    this.eachBranch(schema, (branch) => {
      if (Array.isArray(branch.required)) branch.required.forEach((n) => names.add(String(n)));
    });
    return [...names];
  }

  /** Where `name` is a valid field nearest the root (a pointer with `*` for array items). */
  locate(name: string): string | undefined {
    if (!this.locations) this.locations = this.indexLocations();
    return this.locations.get(name);
  }

  private child(schema: JsonSchema, segment: string): JsonSchema | undefined {
    let found: JsonSchema | undefined;
    this.eachBranch(schema, (branch) => {
      if (found) return;
      const props = branch.properties;
      if (isSchema(props) && Object.prototype.hasOwnProperty.call(props, segment)) {
        const prop = props[segment];
        if (isSchema(prop)) found = prop;
      } else if (isSchema(branch.items) && /^(\d+|-|\*)$/.test(segment)) {
        found = branch.items;
      } else if (isSchema(branch.additionalProperties)) {
        found = branch.additionalProperties;
      }
    });
    return found;
  }

  /** Calls `visit` for the resolved schema and, recursively, each combinator branch. */
  private eachBranch(schema: JsonSchema, visit: (branch: JsonSchema) => void, depth = 0): void {
    if (depth > 8) return;
    const resolved = this.resolve(schema);
    visit(resolved);
    for (const key of COMBINATORS) {
      const branches = resolved[key];
      if (Array.isArray(branches)) {
        branches.filter(isSchema).forEach((b) => this.eachBranch(b, visit, depth + 1));
      }
    }
  }

  private lookup(ref: string): JsonSchema | undefined {
    if (!ref.startsWith('#')) return undefined;
    let node: unknown = this.root;
    for (const raw of ref.slice(1).split('/').filter(Boolean)) {
      const segment = decodeURIComponent(unescapeSegment(raw));
      if (!isSchema(node) || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
      node = node[segment];
    }
    return isSchema(node) ? node : undefined;
  }

  private indexLocations(): Map<string, string> {
    const locations = new Map<string, string>();
    const seen = new Set<JsonSchema>();
    let frontier: Array<[JsonSchema, string]> = [[this.root, '']];
    for (let depth = 0; depth < MAX_LOCATE_DEPTH && frontier.length; depth++) {
      const next: Array<[JsonSchema, string]> = [];
      for (const [schema, pointer] of frontier) {
        this.eachBranch(schema, (branch) => {
          if (seen.has(branch)) return;
          seen.add(branch);
          if (isSchema(branch.properties)) {
            for (const [name, prop] of Object.entries(branch.properties)) {
              const where = joinPointer(pointer, name);
              if (!locations.has(name)) locations.set(name, where);
              if (isSchema(prop)) next.push([prop, where]);
            }
          }
          if (isSchema(branch.items)) next.push([branch.items, `${pointer}/*`]);
        });
      }
      frontier = next;
    }
    return locations;
  }
}
