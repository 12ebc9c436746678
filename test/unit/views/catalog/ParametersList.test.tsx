/** @jest-environment jsdom */
import './jsdom-polyfills';
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ParametersList } from '../../../../src/views/catalog/ParametersList';
import { webStack } from '../../appliance/parameters-helpers';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: {} },
    showSupportNotice: false,
  });
});

describe('the catalog details: parameters', () => {
  it('lists name, type and required of each declaration', () => {
    render(<ParametersList dataSource={webStack()} />);
    const rows = [...document.querySelectorAll('[data-test="catalog-parameter"]')].map((r) =>
      [...r.querySelectorAll('td')].map((c) => c.textContent),
    );
    expect(rows[0]).toEqual(['Hostname (HOSTNAME)', 'hostname', 'Yes']);
    expect(rows[3]).toEqual(['Database password (DB_PASSWORD)', 'password', 'No']);
    expect(rows).toHaveLength(10);
    expect(screen.getByRole('heading', { name: 'Parameters' })).toBeTruthy();
  });

  it('shows nothing for a source without parameters', () => {
    const ds = webStack();
    delete ds.metadata!.annotations!['appliance.kubevirt.io/parameters'];
    const { container } = render(<ParametersList dataSource={ds} />);
    expect(container.innerHTML).toBe('');
  });
});
