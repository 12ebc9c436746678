/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { OsIcon } from '../../../src/components/OsIcon';

describe('OsIcon', () => {
  it('redraws the same svg when the OS changes, and falls back to the generic image', () => {
    const { container, rerender } = render(<OsIcon os="fedora" />);
    const svg = container.querySelector('svg');
    const fedora = svg?.querySelector('path')?.getAttribute('d');
    expect(fedora).toBeTruthy();
    expect(container.querySelector('[data-test="os-icon"]')?.getAttribute('data-family')).toBe(
      'fedora',
    );
    rerender(<OsIcon os="windows.2k22" />);
    expect(container.querySelector('svg')).toBe(svg);
    expect(svg?.querySelector('path')?.getAttribute('d')).not.toBe(fedora);
    rerender(<OsIcon os="plan9" />);
    expect(container.querySelector('[data-test="os-icon"]')?.getAttribute('data-family')).toBe(
      'generic',
    );
    expect(svg?.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(svg?.querySelector('path')?.getAttribute('d')).toBeTruthy();
  });
});
