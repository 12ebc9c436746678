import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'dist-cli/cli/main.js');

const newestSource = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const p = path.join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }, 0);

/** The command line is built by jest's global setup; fail clearly when it is missing or stale. */
export const ensureBuiltCli = (): void => {
  const sources = ['cli', 'appliance', 'schema'].map((d) =>
    newestSource(path.join(ROOT, 'src', d)),
  );
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= Math.max(...sources)) return;
  throw new Error('dist-cli/ is missing or stale: run npm run build:cli (jest global setup does)');
};

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `kubevirt-appliance ARGS` as a process, the way a user does. */
export const cli = (...args: string[]): Run => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/kubevirt-appliance.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

export const tempFile = (name: string, text: string): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kva-cli-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
