// Checks made so far, apart from the code that makes them (./check): that code completes
// boilerplates against the whole VM schema, so the catalog loads it only once its list is shown.
import type { Finding } from '../../findings';
import type { CatalogEntry } from './entries';

export interface BoilerplateCheck {
  /** Errors and warnings, errors first. */
  findings: Finding[];
  errors: number;
  warnings: number;
}

const cache = new WeakMap<CatalogEntry, BoilerplateCheck>();

/** The check of an entry when it was already made; never computes one. */
export const peekCheck = (entry: CatalogEntry): BoilerplateCheck | undefined => cache.get(entry);

export const rememberCheck = (entry: CatalogEntry, check: BoilerplateCheck): BoilerplateCheck => {
  cache.set(entry, check);
  return check;
};
