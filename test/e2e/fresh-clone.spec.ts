import { execFileSync, spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expect, test, type Page } from '@playwright/test';

// What a newcomer does first: clone, then the README's start command. A checkout that has been built
// before hides a missing build step, so this runs `npm start` in a fresh clone of HEAD that has no
// build output at all (node_modules is linked from this checkout: it stands for `npm ci`).
const ROOT = path.resolve(__dirname, '../..');
const READY = /Preview ready at (http:\/\/127\.0\.0\.1:\d+\/)/;
const BUILD_OUTPUT = ['dist', 'dist-cli', 'dist-preview', 'src/schema/generated'];

let clone: string;
let child: ChildProcess | undefined;
let url: string;
let output = '';

const startPreview = () =>
  new Promise<string>((resolve, reject) => {
    child = spawn('npm', ['start'], {
      cwd: clone,
      // Its own process group, so the teardown stops npm and the server it started.
      detached: true,
      env: {
        ...process.env,
        PORT: '0',
        KUBE_API_URL: '',
        PREVIEW_TEST_HOOKS: '',
        PREVIEW_SKIP_BUILD: '',
        PREVIEW_SNAPSHOT_DIST: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)),
    );
  });

test.describe('a fresh clone', () => {
  // The clone builds the schema, the plugin and the preview host from nothing.
  test.describe.configure({ timeout: 8 * 60_000 });

  test.beforeAll(async () => {
    // A hook has its own timeout (the config's 60 s); the first build takes longer.
    test.setTimeout(8 * 60_000);
    clone = fs.mkdtempSync(path.join(os.tmpdir(), 'kubevirt-appliance-clone-'));
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone], { stdio: 'pipe' });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
    expect(BUILD_OUTPUT.filter((p) => fs.existsSync(path.join(clone, p)))).toEqual([]);
    url = await startPreview();
  });

  test.afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    if (clone) fs.rmSync(clone, { recursive: true, force: true });
  });

  const noRouteError = async (page: Page) =>
    expect(page.getByTestId('preview-route-error')).toHaveCount(0);

  test('npm start made the schema and serves it to the demo API', () => {
    expect(fs.existsSync(path.join(clone, 'src/schema/generated/vm-validator.ts'))).toBe(true);
    expect(output).not.toMatch(/structural check/);
  });

  test('the catalog lists items', async ({ page }) => {
    await page.goto(new URL('k8s/ns/demo/appliance-catalog', url).toString());
    await expect(page.getByTestId('catalog-item').first()).toBeVisible();
    expect(await page.getByTestId('catalog-item').count()).toBeGreaterThan(3);
    await noRouteError(page);
  });

  test('the create wizard reaches its review step with the YAML', async ({ page }) => {
    const source = encodeURIComponent('openshift-virtualization-os-images/fedora');
    await page.goto(new URL(`k8s/ns/demo/appliance-create?source=${source}`, url).toString());
    await expect(page.getByTestId('wizard-source-details')).toBeVisible();
    for (let step = 0; step < 3; step += 1) {
      if (await page.getByTestId('yaml-editor').isVisible()) break;
      const next = page.getByTestId('wizard-next');
      await expect(next).toBeEnabled();
      await next.click();
    }
    const editor = page.getByTestId('yaml-editor');
    await expect(editor).toBeVisible();
    await expect(editor.locator('.view-lines')).toContainText('kind: VirtualMachine');
    await noRouteError(page);
  });

  test("the editor opens the seed's appliance with its findings", async ({ page }) => {
    await page.goto(new URL('k8s/ns/demo/appliance-editor/static-data-appliance', url).toString());
    await expect(page.getByTestId('editor-title')).toContainText('static-data-appliance');
    await expect(page.getByTestId('code-editor')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('editor-findings')).toContainText('RunStrategyInvalid');
    await noRouteError(page);
  });

  test('the demo API checks a VM against the full schema, template included', async ({
    request,
  }) => {
    const vm = (domain: Record<string, unknown>) => ({
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: { name: 'schema-check' },
      spec: {
        runStrategy: 'Halted',
        template: { spec: { domain: { devices: {}, memory: { guest: '1Gi' }, ...domain } } },
      },
    });
    const vms = new URL('api/kubernetes/apis/kubevirt.io/v1/namespaces/demo/virtualmachines', url);
    // A wrong type deep in the template: 422 Invalid, naming the field.
    const wrongType = await request.post(vms.toString(), { data: vm({ cpu: { cores: 'four' } }) });
    expect(wrongType.status()).toBe(422);
    expect(JSON.stringify(await wrongType.json())).toContain('spec.template.spec.domain.cpu.cores');
    // An unknown field in the template, under strict field validation: refused, naming the field
    // (400 on create, as the API server answers a strict decoding error).
    const strict = new URL(vms);
    strict.searchParams.set('fieldValidation', 'Strict');
    const unknown = await request.post(strict.toString(), { data: vm({ noSuchField: true }) });
    expect(unknown.status()).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('spec.template.spec.domain.noSuchField');
  });
});
