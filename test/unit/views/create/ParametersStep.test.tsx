/** @jest-environment jsdom */
import '../catalog/jsdom-polyfills';
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { parseParameters } from '../../../../src/appliance/parameters';
import { ParametersStep } from '../../../../src/views/create/ParametersStep';
import { parameterProblems } from '../../../../src/views/create/parameters-model';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: {} },
    showSupportNotice: false,
  });
});

const { declarations } = parseParameters(`
- {name: HOST, type: hostname, required: true, category: System, displayName: Host name}
- {name: COUNT, type: integer, min: 1, max: 4, default: 2, category: Sizing}
- {name: PW, type: password, generate: true, category: System}
- {name: MODE, type: enum, values: [a, b], default: a}
`);

/** The step as the wizard uses it: values in state, problems computed as the user types. */
const Harness: React.FC<{ onValues?: (v: Record<string, string | boolean>) => void }> = ({
  onValues,
}) => {
  const [values, setValues] = React.useState<Record<string, string | boolean>>({});
  return (
    <ParametersStep
      declarations={declarations}
      values={values}
      problems={parameterProblems(declarations, values)}
      onChange={(name, value) => {
        const next = { ...values, [name]: value };
        setValues(next);
        onValues?.(next);
      }}
    />
  );
};

const error = (name: string) =>
  document.querySelector(`[data-test="wizard-param-error"][data-name="${name}"]`);

describe('the Parameters step', () => {
  it('groups fields by category, one container per parameter, and checks as the user types', () => {
    render(<Harness />);
    expect(document.querySelector('[data-test="wizard-parameters"]')).not.toBeNull();
    expect(
      [...document.querySelectorAll('[data-test="wizard-param"]')].map((e) =>
        e.getAttribute('data-name'),
      ),
    ).toEqual(['HOST', 'PW', 'COUNT', 'MODE']);
    expect(screen.getByRole('heading', { name: 'System' })).toBeTruthy();
    // A required value without a default blocks, with the reason.
    expect(error('HOST')?.textContent).toMatch(/^A value is required\./);
    expect(screen.getByText(/Next is blocked: 1 values/)).toBeTruthy();
    const host = screen.getByLabelText(/Host name/) as HTMLInputElement;
    fireEvent.change(host, { target: { value: 'Bad_Host' } });
    expect(error('HOST')?.textContent).toMatch(/Enter a hostname/);
    fireEvent.change(host, { target: { value: 'web-1' } });
    expect(error('HOST')).toBeNull();
    expect(screen.queryByText(/Next is blocked/)).toBeNull();
  });

  it('the number field keeps its bounds; Generate fills a password', () => {
    const seen: Array<Record<string, string | boolean>> = [];
    render(<Harness onValues={(v) => seen.push(v)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Increase COUNT' }));
    fireEvent.click(screen.getByRole('button', { name: 'Increase COUNT' }));
    fireEvent.click(screen.getByRole('button', { name: 'Increase COUNT' }));
    expect(seen[seen.length - 1].COUNT).toBe('4');
    fireEvent.click(screen.getByRole('button', { name: 'Generate' }));
    expect(seen[seen.length - 1].PW).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  });
});
