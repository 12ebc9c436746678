/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import { PageHeader, PageTitle } from '../../../src/components/PageHeading';

// The console's ListPageHeader, as the SDK stand-in draws it: its <h1> is out of the plugin's reach.
jest.mock('@openshift-console/dynamic-plugin-sdk', () => {
  const R = jest.requireActual('react');
  return {
    ListPageHeader: ({ title, children }: { title: string; children?: React.ReactNode }) =>
      R.createElement('div', null, R.createElement('h1', null, title), children),
  };
});

describe('PageHeader', () => {
  it('focuses the console header’s heading when the page mounts, out of the tab order', () => {
    render(
      <>
        <button>before</button>
        <PageHeader title="Appliance lifecycle">
          <button>view</button>
        </PageHeader>
      </>,
    );
    const heading = screen.getByRole('heading', { level: 1, name: 'Appliance lifecycle' });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('button', { name: 'view' })).toBeInTheDocument();
  });

  it('takes the focus once: a re-render leaves it where the user moved it', () => {
    const { rerender } = render(<PageHeader title="Catalog" />);
    const other = document.body.appendChild(document.createElement('button'));
    other.focus();
    rerender(<PageHeader title="Catalog" />);
    expect(other).toHaveFocus();
  });
});

describe('PageTitle', () => {
  it('is the page’s h1 and has the focus after mounting', () => {
    render(<PageTitle data-test="editor-title">Appliance boilerplate: x</PageTitle>);
    const heading = screen.getByRole('heading', { level: 1, name: 'Appliance boilerplate: x' });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(heading).toHaveAttribute('data-test', 'editor-title');
  });
});
