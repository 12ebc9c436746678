import { spawn } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');
const READY = /Preview ready at (http:\/\/127\.0\.0\.1:\d+\/)/;

/**
 * Starts `node preview/start.js` (builds what is stale) on a free port with the demo API's test
 * hooks, and hands its URL to the tests in PREVIEW_URL. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, [path.join(root, 'preview', 'start.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      PREVIEW_TEST_HOOKS: '1',
      PREVIEW_SNAPSHOT_DIST: '1',
      KUBE_API_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`The preview exited (${code}) before it was ready:\n${output}`)),
    );
    setTimeout(
      () => reject(new Error(`The preview was not ready after 5 minutes:\n${output}`)),
      300_000,
    ).unref();
  });
  process.env.PREVIEW_URL = url;
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
}
