/** @jest-environment jsdom */
import { renderHook, act } from '@testing-library/react';
import i18next from 'i18next';
import { initTestI18n } from '../i18n';
import { useCachedT } from '../../../src/components/useCachedT';

const NS = 'plugin__kubevirt-appliance-plugin';

beforeAll(initTestI18n);
afterAll(() => i18next.changeLanguage('en'));

describe('useCachedT', () => {
  it('returns what t returns, for each key and values, and follows the language', async () => {
    const { result, rerender } = renderHook(() => useCachedT());
    const t = result.current;
    expect(t('Namespace: {{namespace}}', { namespace: 'demo' })).toBe('Namespace: demo');
    expect(t('Namespace: {{namespace}}', { namespace: 'other' })).toBe('Namespace: other');
    expect(t('Namespace: {{namespace}}', { namespace: 'demo' })).toBe('Namespace: demo');
    expect(t('Ready')).toBe('Ready');
    // The same function on the next render: components memoized on it do not re-render.
    rerender();
    expect(result.current).toBe(t);
    i18next.addResourceBundle('fr', NS, { 'Namespace: {{namespace}}': 'Espace : {{namespace}}' });
    await act(() => i18next.changeLanguage('fr'));
    expect(result.current('Namespace: {{namespace}}', { namespace: 'demo' })).toBe('Espace : demo');
    await act(() => i18next.changeLanguage('en'));
    expect(result.current('Namespace: {{namespace}}', { namespace: 'demo' })).toBe(
      'Namespace: demo',
    );
  });

  it('forgets the fallback texts when the language bundle arrives later', () => {
    const { result } = renderHook(() => useCachedT());
    expect(result.current('Not ready')).toBe('Not ready');
    act(() => i18next.addResourceBundle('en', NS, { 'Not ready': 'Not ready yet' }));
    expect(result.current('Not ready')).toBe('Not ready yet');
    act(() => i18next.removeResourceBundle('en', NS));
  });
});
