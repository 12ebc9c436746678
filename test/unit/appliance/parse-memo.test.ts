import { parseBoilerplate } from '../../../src/appliance';
import { manyDiskBoilerplate as boilerplate } from './many-disks';

describe('parseBoilerplate memo', () => {
  it('keeps the last large text (over 64 KiB) and its result, and only that one', () => {
    const large = boilerplate(1500, 'a');
    expect(large.length).toBeGreaterThan(64 * 1024);
    const first = parseBoilerplate(large);
    expect(first.findings).toEqual([]);
    // The same text, even as another string object, is not parsed again.
    expect(parseBoilerplate(`${large} `.trimEnd())).toBe(first);
    const other = parseBoilerplate(boilerplate(1500, 'b'));
    expect(other).not.toBe(first);
    // One slot: the first text is parsed afresh, to an equal result.
    const again = parseBoilerplate(large);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('caches small texts by text', () => {
    const small = boilerplate(3, 'c');
    expect(parseBoilerplate(`${small}\n`.trimEnd())).toBe(parseBoilerplate(small));
  });
});
