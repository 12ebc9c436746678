import * as http from 'http';
import type { AddressInfo } from 'net';
import { expect, test } from './fixtures';

// A web page of another origin, open in the same browser as the preview, tries to act on the
// cluster through it; and the preview's pages run under the console's Content-Security-Policy.
const NAMESPACES = '/api/kubernetes/api/v1/namespaces';

let other: http.Server;
let otherUrl: string;
test.beforeAll(async () => {
  other = http.createServer((_req, res) =>
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end('<!doctype html><title>another site</title><p>another site</p>'),
  );
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', () => resolve()));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

test('a page of another origin cannot create anything through the preview', async ({
  page,
  baseURL,
  request,
}) => {
  await page.goto(otherUrl);
  const target = new URL(NAMESPACES, baseURL).toString();
  const attempts = await page.evaluate(async (url) => {
    const body = (name: string) =>
      JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    const outcome = async (p: Promise<Response>) => {
      try {
        const r = await p;
        return r.type === 'opaque' ? 'opaque' : String(r.status);
      } catch {
        return 'blocked';
      }
    };
    return {
      // A "simple" request: no preflight, the page cannot read the answer but the server sees it.
      simple: await outcome(
        fetch(url, {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'Content-Type': 'text/plain' },
          body: body('pwned-simple'),
        }),
      ),
      // A JSON request needs a CORS preflight, which the preview never grants.
      json: await outcome(
        fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: body('pwned-json'),
        }),
      ),
    };
  }, target);
  expect(attempts.json).toBe('blocked');
  // A form posted to the preview navigates there: the answer is the refusal.
  const answer = page.waitForResponse((r) => r.url() === target);
  await page.evaluate((url) => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.enctype = 'text/plain';
    form.action = url;
    const input = document.createElement('input');
    input.name = '{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"pwned-form"},"x":"';
    input.value = '"}';
    form.appendChild(input);
    document.body.appendChild(form);
    form.submit();
  }, target);
  expect((await answer).status()).toBe(403);

  const names = (
    (await (await request.get(target)).json()) as { items: Array<{ metadata: { name: string } }> }
  ).items.map((n) => n.metadata.name);
  expect(names.filter((n) => n.startsWith('pwned'))).toEqual([]);
});

test('the host page runs under the console CSP: an inline script does not run', async ({
  page,
  pageErrors,
}) => {
  await page.goto('/k8s/ns/demo/appliance-catalog');
  await expect(page.getByRole('heading', { name: 'Appliance catalog' })).toBeVisible();
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.violatedDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(script);
    await new Promise((r) => setTimeout(r, 100));
    return {
      ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      violations,
    };
  });
  expect(result.ran).toBe(false);
  expect(result.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(pageErrors).toEqual([]);
});
