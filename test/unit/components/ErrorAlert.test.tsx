/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import { ErrorAlert } from '../../../src/components/ErrorAlert';

const alertOf = (dataTest: string) => document.querySelector(`[data-test="${dataTest}"]`);

describe('ErrorAlert', () => {
  it('shows what failed and why; without focusOn it leaves the focus alone', () => {
    render(
      <>
        <button autoFocus>keep</button>
        <ErrorAlert title="Could not load" message="403: forbidden" data-test="load-error" />
      </>,
    );
    expect(alertOf('load-error')).toHaveTextContent('Could not load');
    expect(alertOf('load-error')).toHaveTextContent('403: forbidden');
    expect(alertOf('load-error')).not.toHaveAttribute('tabindex');
    expect(screen.getByRole('button', { name: 'keep' })).toHaveFocus();
  });

  it('as an error summary takes the focus when it appears and at each new failure', () => {
    const first = { step: 'VirtualMachine' };
    const { rerender } = render(
      <ErrorAlert title="Nothing was created" message="500" focusOn={first} data-test="e" />,
    );
    const alert = alertOf('e') as HTMLElement;
    expect(alert).toHaveFocus();
    expect(alert).toHaveAttribute('tabindex', '-1');

    const elsewhere = document.body.appendChild(document.createElement('button'));
    act(() => elsewhere.focus());
    // The same failure re-rendered: the focus stays where the user put it.
    rerender(
      <ErrorAlert title="Nothing was created" message="500" focusOn={first} data-test="e" />,
    );
    expect(elsewhere).toHaveFocus();
    // A new failed attempt: the summary takes the focus again.
    rerender(
      <ErrorAlert
        title="Nothing was created"
        message="500"
        focusOn={{ step: 'VirtualMachine' }}
        data-test="e"
      />,
    );
    expect(alertOf('e')).toHaveFocus();
  });
});
