import { spawn, spawnSync, type ChildProcess } from 'child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { MAX_RSS_MB, PROCESS_MS, type ProcessCase, type ProcessRun } from './corpus';

export const ROOT = path.resolve(__dirname, '../../..');
let BIN = path.join(ROOT, 'bin/kubevirt-appliance.js');
/** The runner kills a process this long after the case's bound, so a hang is reported, not waited for. */
const GRACE_MS = 1500;
const OUTPUT_CAP = 8 * 1024 * 1024;

const signature = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const p = path.join(e.parentPath, e.name);
      return `${p}:${statSync(p).mtimeMs}`;
    })
    .sort()
    .join('\n');

let snapshot: string | undefined;

/**
 * The command line is built by jest's global setup (test/unit/global-setup.js). Other test runs
 * may rebuild dist-cli/ (rm -rf, then tsc) while this suite runs, so the cases run a private copy
 * of bin/ and dist-cli/ taken while the build was steady.
 */
export const snapshotCli = (): void => {
  const dist = path.join(ROOT, 'dist-cli');
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (!existsSync(path.join(dist, 'cli/main.js'))) {
      spawnSync('sleep', ['1']);
      continue;
    }
    const before = signature(dist);
    const dir = mkdtempSync(path.join(tmpdir(), 'kva-hostile-cli-'));
    cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
    cpSync(dist, path.join(dir, 'dist-cli'), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const bin = path.join(dir, 'bin/kubevirt-appliance.js');
    const works = spawnSync(process.execPath, [bin, 'validate', '--help'], { encoding: 'utf8' });
    if (before === signature(dist) && works.status === 0) {
      snapshot = dir;
      BIN = bin;
      return;
    }
    rmSync(dir, { recursive: true, force: true });
    spawnSync('sleep', ['1']);
  }
  throw new Error('dist-cli/ is missing or keeps changing: run npm run build:cli');
};

export const dropSnapshot = (): void => {
  if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  snapshot = undefined;
  BIN = path.join(ROOT, 'bin/kubevirt-appliance.js');
};

const rssMb = (pid: number): number => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
};

/** A child process that writes `text` into the FIFO (or comment lines forever) and exits. */
const feedFifo = (file: string, text: string | undefined): ChildProcess => {
  const script =
    text === undefined
      ? `const fs=require('fs');const fd=fs.openSync(process.argv[1],'w');const b=Buffer.from('# endless\\n'.repeat(100000));try{for(;;)fs.writeSync(fd,b)}catch{}`
      : `const fs=require('fs');const fd=fs.openSync(process.argv[1],'w');try{fs.writeSync(fd,require('fs').readFileSync(0))}catch{}fs.closeSync(fd)`;
  const child = spawn(process.execPath, ['-e', script, file], {
    stdio: [text === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'],
  });
  if (text !== undefined) child.stdin?.end(text);
  return child;
};

/**
 * Runs one case as `node --max-old-space-size=512 bin/kubevirt-appliance.js ARGS` in a fresh
 * directory of generated files, sampling its RSS; kills it on a hang, on the memory cap or on
 * runaway output, and says which.
 */
export const runProcessCase = (c: ProcessCase): Promise<ProcessRun> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kva-hostile-'));
  const feeders: ChildProcess[] = [];
  const paths: Record<string, string> = {};
  for (const [name, make] of Object.entries(c.files ?? {})) {
    paths[name] = path.join(dir, `${name}.yaml`);
    writeFileSync(paths[name], make());
  }
  for (const [name, fifo] of Object.entries(c.fifos ?? {})) {
    paths[name] = path.join(dir, `${name}.fifo`);
    const made = spawnSync('mkfifo', [paths[name]]);
    if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
    feeders.push(feedFifo(paths[name], fifo.text?.()));
  }
  const args = c.args.map((a) => (a.startsWith('@') && paths[a.slice(1)]) || a);
  const limit = (c.expect.timeoutMs ?? PROCESS_MS) + GRACE_MS;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--max-old-space-size=512', BIN, ...args], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let peak = 0;
    let killed: string | undefined;
    const kill = (why: string) => {
      if (killed) return;
      killed = why;
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (b: Buffer) => {
      outBytes += b.length;
      if (outBytes <= OUTPUT_CAP) out.push(b);
      else kill('output over 8 MiB');
    });
    child.stderr.on('data', (b: Buffer) => {
      errBytes += b.length;
      if (errBytes <= OUTPUT_CAP) err.push(b);
      else kill('stderr over 8 MiB');
    });
    const sampler = setInterval(() => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, rssMb(child.pid));
      if (peak > MAX_RSS_MB) kill(`RSS over ${MAX_RSS_MB} MB`);
    }, 20);
    const timer = setTimeout(() => kill(`time, ${limit} ms`), limit);
    child.on('close', (status, signal) => {
      const ms = performance.now() - t0;
      clearInterval(sampler);
      clearTimeout(timer);
      for (const f of feeders) if (f.exitCode === null) f.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      resolve({
        status,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        stdoutBytes: outBytes,
        ms,
        peakRssMb: peak,
        killed,
      });
    });
  });
};
