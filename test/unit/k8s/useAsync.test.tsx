/** @jest-environment jsdom */
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { useAsync, type AsyncValue } from '../../../src/k8s/useAsync';

const Probe: React.FC<{ k?: string; load: () => Promise<string>; delayMs?: number }> = ({
  k,
  load,
  delayMs,
}) => {
  const v: AsyncValue<string> = useAsync(k, load, delayMs);
  return (
    <>
      <p data-testid="previous">{v.status === 'loading' ? (v.previous ?? '') : ''}</p>
      <p data-testid="v">
        {v.status}
        {v.status === 'done' ? `:${v.value}` : ''}
        {v.status === 'failed' ? `:${String(v.error)}` : ''}
      </p>
    </>
  );
};

const deferred = () => {
  let resolve!: (v: string) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
const previous = () => screen.getByTestId('previous').textContent;
const text = () => screen.getByTestId('v').textContent;
const flush = () => act(async () => jest.runOnlyPendingTimers());

describe('useAsync', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is idle without a key and loads nothing', async () => {
    const load = jest.fn(() => Promise.resolve('x'));
    render(<Probe load={load} />);
    await flush();
    expect(text()).toBe('idle');
    expect(load).not.toHaveBeenCalled();
  });

  it('loads for a key, and again only when the key changes', async () => {
    const load = jest.fn((v: string) => Promise.resolve(v));
    const { rerender } = render(<Probe k="a" load={() => load('a')} />);
    expect(text()).toBe('loading');
    await flush();
    expect(text()).toBe('done:a');
    rerender(<Probe k="a" load={() => load('again')} />);
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    rerender(<Probe k="b" load={() => load('b')} />);
    expect(text()).toBe('loading');
    await flush();
    expect(text()).toBe('done:b');
  });

  it('never shows the answer for a key that is no longer current', async () => {
    const first = deferred();
    const second = deferred();
    const { rerender } = render(<Probe k="a" load={() => first.promise} />);
    await flush();
    rerender(<Probe k="b" load={() => second.promise} />);
    await flush();
    await act(async () => first.resolve('late'));
    expect(text()).toBe('loading');
    await act(async () => second.resolve('b'));
    expect(text()).toBe('done:b');
  });

  it('offers the value of the key before while a new key loads', async () => {
    const second = deferred();
    const { rerender } = render(<Probe k="a" load={() => Promise.resolve('A')} />);
    await flush();
    expect(text()).toBe('done:A');
    rerender(<Probe k="b" load={() => second.promise} />);
    await flush();
    expect(text()).toBe('loading');
    expect(previous()).toBe('A');
    await act(async () => second.resolve('B'));
    expect(text()).toBe('done:B');
  });

  it('reports a failure', async () => {
    render(<Probe k="a" load={() => Promise.reject(new Error('403'))} />);
    await flush();
    expect(text()).toBe('failed:Error: 403');
  });

  it('waits the delay, and a key typed meanwhile replaces the pending load', async () => {
    const load = jest.fn((v: string) => Promise.resolve(v));
    const { rerender } = render(<Probe k="a" load={() => load('a')} delayMs={250} />);
    await act(async () => jest.advanceTimersByTime(100));
    rerender(<Probe k="ab" load={() => load('ab')} delayMs={250} />);
    await act(async () => jest.advanceTimersByTime(300));
    expect(load.mock.calls).toEqual([['ab']]);
    expect(text()).toBe('done:ab');
  });
});
