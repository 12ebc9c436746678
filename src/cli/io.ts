import { readFileSync } from 'fs';
import { dump } from 'js-yaml';
import { formatFinding, type Finding } from '../findings';
import type { KubeObject } from '../appliance/types';

/** What a command needs from the process, injectable for tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
}

export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
};

/** Bad usage or an unreadable file: exit status 2 with a one-line message. */
export class UsageError extends Error {}

export const readText = (io: CliIo, path: string, what: string): string => {
  try {
    return io.readFile(path);
  } catch (e) {
    const reason =
      (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new UsageError(`cannot read ${what} ${path}: ${reason}`);
  }
};

export const printFindings = (io: CliIo, findings: readonly Finding[]): void => {
  for (const f of findings) io.stderr(`${formatFinding(f)}\n`);
};

export const renderObjects = (objects: readonly KubeObject[], output: string): string =>
  output === 'json'
    ? `${JSON.stringify(objects, null, 2)}\n`
    : objects.map((o) => dump(o, { lineWidth: -1, noRefs: true })).join('---\n');

export const exitStatus = (findings: readonly Finding[]): number =>
  findings.some((f) => f.severity === 'error') ? 1 : 0;
