import { spawn, spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { findingsJson, processIo, readText, UsageError, FileTooLarge } from '../../../src/cli/io';
import { finding } from '../../../src/findings';
import { run } from '../../../src/cli/main';

const capture = () => {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
      readFile: processIo.readFile,
    },
  };
};

describe('bounded reading of every input file (semantics §5)', () => {
  it('stops /dev/zero at the bound instead of reading forever', () => {
    const t0 = Date.now();
    expect(() => processIo.readFile('/dev/zero', 1024 * 1024)).toThrow(FileTooLarge);
    expect(() => readText(processIo, '/dev/zero', 'VirtualMachine file')).toThrow(
      /larger than 32 MiB/,
    );
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('reads a named pipe to its end like a file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kva-fifo-'));
    const fifo = path.join(dir, 'vm.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // A writer in another process, as `<(cat vm.yaml)` would be.
    const writer = spawn('sh', ['-c', `printf 'a: 1\\nb: 2\\n' > ${fifo}`]);
    expect(processIo.readFile(fifo, 1024)).toBe('a: 1\nb: 2\n');
    await new Promise((resolve) => writer.on('exit', resolve));
  });

  it('names the file and the reason when it cannot be read, on one line', () => {
    expect(() => readText(processIo, '/nonexistent/x\nERROR y', 'bundle file')).toThrow(UsageError);
    try {
      readText(processIo, '/nonexistent/x\nERROR y', 'bundle file');
    } catch (e) {
      expect((e as Error).message).toBe('cannot read bundle file /nonexistent/x\\nERROR y: ENOENT');
    }
  });
});

describe('the command itself', () => {
  it('with no arguments prints its usage on stderr and exits 2', () => {
    const { io, out } = capture();
    expect(run(['node', 'kubevirt-appliance'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^Usage: kubevirt-appliance/);
  });

  it('refuses a boot source whose namespace is not a namespace name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kva-io-'));
    const file = path.join(dir, 'vm.yaml');
    writeFileSync(file, 'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata: {name: a}\n');
    const { io, out } = capture();
    expect(
      run(
        [
          'node',
          'k',
          'from-vm',
          file,
          '--name',
          'a',
          '--namespace',
          'b',
          '--boot-source',
          'PVC/../x',
        ],
        io,
      ),
    ).toBe(2);
    expect(out.stderr).toMatch(/namespace is not a valid Kubernetes namespace name/);
    expect(out.stdout).toBe('');
  });
});

describe('--output json', () => {
  it('fills in every message template: the finding’s and its fix’s', () => {
    const f = finding(
      'error',
      'X',
      '/a',
      'a is {{value}}',
      { value: 'b' },
      {
        fix: { title: 'Set a to {{v}}', params: { v: 'c' }, patch: [] },
      },
    );
    expect(findingsJson([f])).toEqual([
      expect.objectContaining({
        message: 'a is {{value}}',
        text: 'a is b',
        fix: expect.objectContaining({ title: 'Set a to {{v}}', text: 'Set a to c' }),
      }),
    ]);
  });
});
