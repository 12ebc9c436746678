/** @jest-environment jsdom */
import './jsdom-polyfills';
import { act, render, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { classifyDataSource } from '../../../../src/appliance';
import { CatalogCards } from '../../../../src/views/catalog/CatalogCards';
import { createEntryCache, type CatalogEntry } from '../../../../src/views/catalog/entries';
import { goldenImage } from './fixtures';
import { initTestI18n } from '../../i18n';

beforeAll(initTestI18n);

const entries = (prefix: string, n: number): CatalogEntry[] =>
  createEntryCache(classifyDataSource)(
    Array.from({ length: n }, (_x, i) => goldenImage(`${prefix}-${i}`, 'fedora')),
  );

const shownNames = () =>
  [...document.querySelectorAll('[data-test="catalog-item"]')].map((e) =>
    e.getAttribute('data-name'),
  );
const slots = () => [...document.querySelectorAll('[data-tile-slot]')];

describe('CatalogCards', () => {
  it('updates tiles in place: the first screenful at once, the rest in an idle task', async () => {
    const first = entries('first', 20);
    const next = entries('next', 20);
    const view = (items: CatalogEntry[]) => (
      <CatalogCards items={items} onSelect={() => undefined} />
    );
    const { rerender } = render(view(first));
    await waitFor(() => expect(shownNames()).toHaveLength(20));
    const elements = slots();
    rerender(view(next));
    // The first screenful (8 tiles before one was measured) shows the new items at once, below it
    // the tiles still show the old ones; no tile element was replaced.
    expect(shownNames().slice(0, 8)).toEqual(next.slice(0, 8).map((e) => e.classification.name));
    expect(shownNames()[19]).toBe('first-19');
    expect(slots()).toEqual(elements);
    await waitFor(() => expect(shownNames()).toEqual(next.map((e) => e.classification.name)));
    expect(slots()).toEqual(elements);
  });

  it('keeps the keyboard focus on its item when the item moves to another place', async () => {
    const items = entries('item', 6);
    const view = (list: CatalogEntry[]) => <CatalogCards items={list} onSelect={() => undefined} />;
    const { rerender } = render(view(items));
    await waitFor(() => expect(shownNames()).toHaveLength(6));
    const third = document.querySelector<HTMLElement>('[data-name="item-2"] button');
    act(() => third?.focus());
    expect(third).toHaveFocus();
    // item-2 moves to the front, as a watch update re-sorting the page would move it.
    rerender(view([items[2], items[0], items[1], ...items.slice(3)]));
    await waitFor(() => expect(shownNames()[0]).toBe('item-2'));
    expect(document.querySelector('[data-name="item-2"] button')).toBe(third);
    expect(third).toHaveFocus();
    expect(shownNames()).toEqual(['item-2', 'item-0', 'item-1', 'item-3', 'item-4', 'item-5']);
  });

  it('hides the places beyond fewer matches at once and removes them in an idle task', async () => {
    const many = entries('many', 12);
    const view = (list: CatalogEntry[]) => <CatalogCards items={list} onSelect={() => undefined} />;
    const { rerender } = render(view(many));
    await waitFor(() => expect(shownNames()).toHaveLength(12));
    const elements = slots();
    rerender(view(many.slice(0, 3)));
    // At once: three items; the other places are hidden, carry no item attributes, same elements.
    expect(shownNames()).toEqual(['many-0', 'many-1', 'many-2']);
    expect(slots()).toEqual(elements);
    expect(elements.slice(3).every((e) => (e as HTMLElement).hidden)).toBe(true);
    expect(elements.slice(0, 3).some((e) => (e as HTMLElement).hidden)).toBe(false);
    // Matches coming back before the page settled reuse a hidden place's tile.
    rerender(view(many.slice(0, 5)));
    expect(shownNames()).toEqual(['many-0', 'many-1', 'many-2', 'many-3', 'many-4']);
    expect(slots().slice(0, 5)).toEqual(elements.slice(0, 5));
    expect((elements[4] as HTMLElement).hidden).toBe(false);
    // Once idle, the places beyond the matches are gone.
    await waitFor(() => expect(slots()).toHaveLength(5));
    expect(slots()).toEqual(elements.slice(0, 5));
  });
});
