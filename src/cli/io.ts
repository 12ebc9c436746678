import { closeSync, openSync, readSync } from 'fs';
import { dump } from 'js-yaml';
import { escapeControls, formatFinding, formatMessage, safeText, type Finding } from '../findings';
import type { KubeObject } from '../appliance/types';
import { parseMultiDocument, type Bundle } from '../appliance/bundle';

/** Semantics §5: a file is read up to this bound, then refused; `/dev/zero` hits it quickly. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** What a command needs from the process, injectable for tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The file's text; throws FileTooLarge past `maxBytes`. `-` is standard input. */
  readFile: (path: string, maxBytes: number) => string;
}

export class FileTooLarge extends Error {}

const CHUNK = 1024 * 1024;

/** Reads in chunks up to one byte past the bound, so a device or an endless pipe stops there. */
const readBounded = (path: string, maxBytes: number): string => {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const buffer = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (e) {
        // A non-blocking standard input has no data yet: wait a little and try again.
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new FileTooLarge();
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks, total));
};

export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: readBounded,
};

/** Bad usage or an unreadable file: exit status 2 with a one-line message. */
export class UsageError extends Error {}

/** A value from the command line or a file as it may appear in a one-line message. */
export const quote = (value: string): string => safeText(value, 100);

export const readText = (io: CliIo, path: string, what: string): string => {
  try {
    return io.readFile(path, MAX_FILE_BYTES);
  } catch (e) {
    if (e instanceof FileTooLarge)
      throw new UsageError(
        `cannot read ${what} ${quote(path)}: it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the limit of an input file`,
      );
    const reason =
      (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new UsageError(`cannot read ${what} ${quote(path)}: ${quote(reason)}`);
  }
};

/** The documents of a file; a problem with the whole text (syntax, a bound) is a usage error. */
export const readDocuments = (
  io: CliIo,
  path: string,
  what: string,
): { text: string; bundle: Bundle } => {
  const text = readText(io, path, what);
  const bundle = parseMultiDocument(text, MAX_FILE_BYTES);
  const whole = bundle.documents.length === 0 ? bundle.findings[0] : undefined;
  if (whole?.severity === 'error')
    throw new UsageError(
      `${what} ${quote(path)}: ${formatMessage(whole.message, whole.params ?? {})}`,
    );
  return { text, bundle };
};

export const printFindings = (io: CliIo, findings: readonly Finding[]): void => {
  for (const f of findings) io.stderr(`${formatFinding(f)}\n`);
};

/** Findings as JSON: the message template with its parameters, and the English text filled in. */
export const findingsJson = (findings: readonly Finding[]): unknown[] =>
  findings.map((f) => ({
    ...f,
    text: formatMessage(f.message, f.params ?? {}),
    ...(f.fix ? { fix: { ...f.fix, text: formatMessage(f.fix.title, f.fix.params ?? {}) } } : {}),
  }));

export const renderObjects = (objects: readonly KubeObject[], output: string): string =>
  output === 'json'
    ? `${JSON.stringify(objects, null, 2)}\n`
    : objects.map((o) => dump(o, { lineWidth: -1, noRefs: true })).join('---\n');

export const exitStatus = (findings: readonly Finding[]): number =>
  findings.some((f) => f.severity === 'error') ? 1 : 0;

/** A usage message as one safe line. */
export const usageLine = (message: string): string =>
  `kubevirt-appliance: ${escapeControls(message)}\n`;
