import { displayPointer, joinPointer, msg, type Finding } from '../findings';
import { SCHEMA_CODES } from './codes';
import type { SchemaNavigator } from './navigator';
import { editDistance, suggestNearest } from './suggest';

/** How many valid names an unknown field's message lists when none is close. */
const LISTED_FIELDS = 5;

/** The valid names most alike `field`, so the list is useful, not alphabetical. */
const closestNames = (field: string, candidates: readonly string[]): string[] =>
  [...candidates]
    .map((name) => ({ name, d: editDistance(field.toLowerCase(), name.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, LISTED_FIELDS)
    .map((c) => c.name);

const hasOwn = (value: unknown, key: string): boolean =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);

/**
 * The finding for `field`, which the schema does not allow in the object at
 * `parentPath`: the nearest valid name with a rename fix, else where the name
 * would be valid, else a few valid names.
 */
export const unknownFieldFinding = (
  nav: SchemaNavigator,
  parentPath: string,
  field: string,
  parent: unknown,
): Finding => {
  const path = joinPointer(parentPath, field);
  const here = nav.at(parentPath);
  const candidates = here ? nav.propertiesOf(here) : [];
  const base = { severity: 'error' as const, code: SCHEMA_CODES.unknownField, path };
  const suggestion = suggestNearest(field, candidates);
  if (suggestion !== undefined) {
    const finding: Finding = {
      ...base,
      message: msg('Unknown field {{field}} at {{path}}; did you mean {{suggestion}}?'),
      params: { field, path: displayPointer(parentPath), suggestion },
    };
    // A rename onto an existing field would silently overwrite it.
    if (!hasOwn(parent, suggestion)) {
      finding.fix = {
        title: msg('Rename {{field}} to {{suggestion}}'),
        params: { field, suggestion },
        patch: [{ op: 'move', from: path, path: joinPointer(parentPath, suggestion) }],
      };
    }
    return finding;
  }
  const elsewhere = nav.locate(field);
  if (elsewhere !== undefined) {
    return {
      ...base,
      message: msg('Unknown field {{field}} at {{path}}; {{field}} belongs at {{location}}'),
      params: { field, path: displayPointer(parentPath), location: elsewhere },
    };
  }
  if (!candidates.length) {
    return {
      ...base,
      message: msg('Unknown field {{field}} at {{path}}; this object takes no fields'),
      params: { field, path: displayPointer(parentPath) },
    };
  }
  return {
    ...base,
    message: msg('Unknown field {{field}} at {{path}}; valid fields here include {{fields}}'),
    params: {
      field,
      path: displayPointer(parentPath),
      fields: closestNames(field, candidates).join(', '),
    },
  };
};
