/**
 * Issue 14 in the browser: a YAML bomb (billion laughs) and a 2,000-deep document pasted into the
 * boilerplate editor and into the bundle import page give a clear error naming the bound (aliases,
 * nesting), no uncaught page error, and the page stays responsive (it takes the next text at once).
 * The texts come from the same generators as the jest corpus (test/unit/hostile/corpus.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { smallApplianceBundle } from './bundles';
import { realErrors } from './create-helpers';
import { expect, test } from './fixtures';
import {
  applianceText,
  boilerplateText,
  deepFlow,
  laughs,
  ALIAS,
  NEST,
} from '../unit/hostile/corpus';

const ERROR_SHOWN_MS = 10_000;
const RESPONSIVE_MS = 5_000;

const bombBoilerplate = `apiVersion: kubevirt.io/v1\nkind: VirtualMachine\n${laughs()}spec: *lol9\n`;
const deepBoilerplate = `apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nspec: ${deepFlow(2000)}\n`;

const pastes = [
  { label: 'a billion-laughs YAML bomb', boilerplate: bombBoilerplate, message: ALIAS },
  { label: 'a 2,000-deep document', boilerplate: deepBoilerplate, message: NEST },
];

/** The main thread answers (a frame is drawn) within the bound. */
const expectResponsive = async (page: Page) => {
  const t0 = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  expect(Date.now() - t0, 'the page took too long to draw a frame').toBeLessThan(RESPONSIVE_MS);
};

const openEditor = async (page: Page) => {
  await page.goto('/k8s/ns/demo/appliance-editor/static-data-appliance');
  await expect(page.getByTestId('editor-title')).toContainText('static-data-appliance');
  await expect(page.getByTestId('code-editor')).toHaveAttribute('data-ready', 'true');
};

/** Replaces the whole editor text, as a paste does (one input of the whole text). */
const setEditorText = async (page: Page, text: string) => {
  await page.getByTestId('code-editor').locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
};

const findingsMatching = (list: Locator, re: RegExp) =>
  list.getByTestId('finding').filter({ hasText: re });

test.describe('hostile input in the browser', () => {
  for (const p of pastes) {
    test(`boilerplate editor: ${p.label} gives a clear error and the page stays responsive`, async ({
      page,
      pageErrors,
    }) => {
      await openEditor(page);
      await setEditorText(page, p.boilerplate);
      const findings = page.getByTestId('editor-findings');
      await expect(findingsMatching(findings, p.message).first()).toBeVisible({
        timeout: ERROR_SHOWN_MS,
      });
      await expect(findings).not.toContainText(/Maximum call stack|\[object Object\]/);
      await expectResponsive(page);

      // The editor takes the next text at once, and the bound's finding goes away.
      await setEditorText(page, boilerplateText());
      await expect(findingsMatching(findings, p.message)).toHaveCount(0, {
        timeout: RESPONSIVE_MS,
      });
      await expectResponsive(page);
      expect(realErrors(pageErrors)).toEqual([]);
    });

    test(`bundle import: ${p.label} gives a clear error and the page stays responsive`, async ({
      page,
      pageErrors,
    }) => {
      await page.goto('/k8s/ns/team-a/appliance-import');
      const input = page.getByTestId('bundle-file').locator('textarea').first();
      await expect(input).toBeVisible();
      // The hostile part both in the boilerplate annotation and in the document itself.
      const inDocument =
        p.boilerplate === bombBoilerplate ? laughs() : `x-deep: ${deepFlow(2000)}\n`;
      for (const bundle of [
        applianceText(p.boilerplate, { name: 'hostile' }),
        applianceText(undefined, { name: 'hostile', extra: inDocument }),
      ]) {
        await input.fill(bundle);
        const shown = page
          .getByTestId('bundle-findings')
          .or(page.getByTestId('bundle-boilerplate-findings'))
          .or(page.getByTestId('bundle-error'));
        await expect(shown.filter({ hasText: p.message }).first()).toBeAttached({
          timeout: ERROR_SHOWN_MS,
        });
        await expect(page.locator('body')).not.toContainText(
          /Maximum call stack|\[object Object\]/,
        );
        await expectResponsive(page);
      }

      // The page still works: a good bundle reviews at once.
      await input.fill(smallApplianceBundle('after-hostile', 'after-hostile-data'));
      await page.getByTestId('bundle-review').click();
      await expect(page.getByTestId('bundle-step')).toHaveCount(2, { timeout: RESPONSIVE_MS });
      expect(realErrors(pageErrors)).toEqual([]);
    });
  }
});
