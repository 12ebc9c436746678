/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { LoadBoundary } from '../../../src/components/LoadBoundary';
import { initTestI18n } from '../i18n';

const part = (dataTest: string) => document.querySelector(`[data-test="${dataTest}"]`);

/** A lazily loaded part whose code arrives when `settle` is called. */
const deferredPart = () => {
  let settle: (outcome: { ok: true } | { ok: false; error: Error }) => void = () => undefined;
  const Part = React.lazy(
    () =>
      new Promise<{ default: React.FC }>((resolve, reject) => {
        settle = (outcome) =>
          outcome.ok
            ? resolve({ default: () => <p data-test="part">loaded part</p> })
            : reject(outcome.error);
      }),
  );
  return { Part, settle: (o: Parameters<typeof settle>[0]) => settle(o) };
};

describe('LoadBoundary', () => {
  beforeAll(() => initTestI18n());

  it('shows a labelled spinner while the code loads, then the part', async () => {
    const { Part, settle } = deferredPart();
    render(
      <LoadBoundary label="Loading details" data-test="details-loading">
        <Part />
      </LoadBoundary>,
    );
    expect(part('details-loading')).toHaveAttribute('aria-label', 'Loading details');
    expect(part('part')).toBeNull();
    settle({ ok: true });
    await waitFor(() => expect(part('part')).toHaveTextContent('loaded part'));
    expect(part('details-loading')).toBeNull();
  });

  it('says what failed, inline, when the code cannot load; the page around it stays', async () => {
    const { Part, settle } = deferredPart();
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      render(
        <main>
          <h1>Catalog</h1>
          <LoadBoundary label="Loading details" data-test="details-loading">
            <Part />
          </LoadBoundary>
        </main>,
      );
      settle({ ok: false, error: new Error('Loading chunk 42 failed.') });
      await waitFor(() => expect(part('details-loading-error')).not.toBeNull());
      expect(part('details-loading-error')).toHaveTextContent(
        'Could not load this part of the page',
      );
      expect(part('details-loading-error')).toHaveTextContent(
        'Loading chunk 42 failed. Reload the page to try again.',
      );
      expect(screen.getByRole('heading', { name: 'Catalog' })).toBeInTheDocument();
    } finally {
      quiet.mockRestore();
    }
  });
});
