import * as jsYaml from 'js-yaml';

// Counted, to see which readings parse the text.
jest.mock('js-yaml', () => {
  const actual = jest.requireActual('js-yaml');
  return { ...actual, loadAll: jest.fn(actual.loadAll) };
});
import { createLocator } from '../../../src/appliance/locate';
import { parseBoilerplate } from '../../../src/appliance/parse';
import { manyDiskBoilerplate } from './many-disks';

/** Long enough (over 16 KiB) for its reading to keep its tree for the markers. */
const longBoilerplate = (disks: number, tag = 'data') => manyDiskBoilerplate(disks, tag);

const paths = [
  '/spec/template/spec/domain/devices/disks/0/name',
  '/spec/template/spec/domain/devices/disks/399/name',
  '/spec/template/spec/domain/devices/disks/399/disk/bus',
  '/spec/template/spec/missing',
];

describe('markers of a long text just read', () => {
  it('come from the tree its reading built, at the same places as from a parse of their own', () => {
    const text = longBoilerplate(400);
    expect(text.length).toBeGreaterThan(16 * 1024);
    // Without a kept tree: another long text was read last.
    parseBoilerplate(longBoilerplate(400, 'other'));
    const own = paths.map((p) => createLocator(text)(p));
    expect(own[1]).toMatchObject({ line: expect.any(Number) });

    const loadAll = jsYaml.loadAll as jest.Mock;
    expect(parseBoilerplate(text).value).toBeDefined();
    const parses = loadAll.mock.calls.length;
    const kept = paths.map((p) => createLocator(text)(p));
    expect(kept).toEqual(own);
    // The markers did not parse the text again.
    expect(loadAll.mock.calls.length).toBe(parses);
    // A different text is parsed for its markers.
    createLocator(`${text}x`)(paths[0]);
    expect(loadAll.mock.calls.length).toBe(parses + 1);
  });
});
