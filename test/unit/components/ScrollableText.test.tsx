/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import { ScrollableText } from '../../../src/components/ScrollableText';

it('is a named region in the tab order that scrolls past its height', () => {
  render(
    <ScrollableText
      label="Boilerplate YAML"
      maxHeight="520px"
      data-test="new-appliance-boilerplate"
    >
      {'spec:\n  running: true\n'}
    </ScrollableText>,
  );
  const region = screen.getByRole('region', { name: 'Boilerplate YAML' });
  expect(region.tagName).toBe('PRE');
  expect(region).toHaveAttribute('tabindex', '0');
  expect(region).toHaveAttribute('data-test', 'new-appliance-boilerplate');
  expect(region).toHaveStyle({ maxHeight: '520px', overflow: 'auto' });
  expect(region).toHaveTextContent('running: true');
});
