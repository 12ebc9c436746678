import * as fs from 'fs';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { expect } from './fixtures';

/** axe-core's own bundle, read once (a test dependency; it downloads nothing). */
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA: the bar the console's integration tests hold pages to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The preview host's own chrome: not the plugin's, so not what these tests judge. */
export const HOST_CHROME = ['[data-test="preview-masthead"]', '[data-test="preview-nav"]'];

/**
 * Injects axe-core into the page and runs the WCAG 2.1 A/AA rules on the document, the host's
 * masthead and navigation left out. The host page's Content-Security-Policy blocks an inline
 * `<script>` (`addScriptTag` with content), so the bundle goes in through `evaluate`.
 */
export const runAxe = async (page: Page): Promise<AxeResults> => {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(
    ([tags, exclude]) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(
        { include: [document], exclude: exclude.map((selector) => [selector]) },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    [WCAG_TAGS, HOST_CHROME] as const,
  );
};

/**
 * One line per violation (rule, impact, help) and one per offending element (its selectors), each
 * followed by what axe says is wrong with it (its first three reasons).
 */
export const formatViolations = (violations: Result[]): string =>
  violations
    .map((v) =>
      [
        `${v.id} (${v.impact ?? 'no impact'}, ${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}): ${v.help}`,
        `  ${v.helpUrl}`,
        ...v.nodes.flatMap((n) => [
          `  - ${n.target.map((t) => JSON.stringify(t)).join(' > ')}`,
          ...(n.failureSummary ?? '')
            .split('\n')
            .filter((line) => line.startsWith(' '))
            .slice(0, 3)
            .map((line) => `      ${line.trim()}`),
        ]),
      ].join('\n'),
    )
    .join('\n');

/**
 * Expects that axe finds no WCAG 2.1 A/AA violation on the page as it is now; `state` names the
 * page and state in the failure message, which lists every violation and its elements. The
 * expectation is soft: the test goes on to its next states and fails at its end, with all of them.
 */
export const expectNoViolations = async (page: Page, state: string): Promise<void> => {
  const { violations } = await runAxe(page);
  expect
    .soft(formatViolations(violations), `axe found WCAG 2.1 A/AA violations: ${state}`)
    .toBe('');
};
