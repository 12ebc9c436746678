/** @jest-environment jsdom */
import { renderHook, waitFor } from '@testing-library/react';
import { useIdleValue } from '../../../../src/views/catalog/useIdleValue';

describe('useIdleValue', () => {
  it('shows a deferred change once idle, and a change that is not deferred at once', async () => {
    const { result, rerender } = renderHook(
      ({ value, defer }: { value: string; defer: boolean }) => useIdleValue(value, defer),
      { initialProps: { value: 'a', defer: true } },
    );
    expect(result.current).toBe('a');
    rerender({ value: 'b', defer: true });
    expect(result.current).toBe('a');
    await waitFor(() => expect(result.current).toBe('b'));
    rerender({ value: 'c', defer: false });
    expect(result.current).toBe('c');
    // Deferring again starts from what was last shown, not from an older value.
    await waitFor(() => {
      rerender({ value: 'c', defer: true });
      expect(result.current).toBe('c');
    });
  });
});
