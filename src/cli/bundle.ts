import { validateBundle } from '../appliance/bundle-import';
import { formatFinding, type Finding } from '../findings';
import { createLocator } from '../appliance/locate';
import { isDnsLabel } from '../appliance/names';
import { display } from '../appliance/json';
import {
  exitStatus,
  findingsJson,
  MAX_FILE_BYTES,
  quote,
  readText,
  UsageError,
  type CliIo,
} from './io';

type Located = Finding & { line?: number };

/**
 * `kubevirt-appliance bundle validate FILE [--namespace NS] [--output json]`: checks every
 * document; boilerplate findings (a sample VM completed from it) are shown but never fail the run.
 */
export const runBundleValidate = (
  io: CliIo,
  file: string,
  o: { output?: string; namespace?: string },
): number => {
  const output = o.output ?? 'text';
  if (output !== 'text' && output !== 'json')
    throw new UsageError(`--output ${quote(output)}: expected json (or leave it out for text)`);
  const namespace = o.namespace ?? 'default';
  if (!isDnsLabel(namespace))
    throw new UsageError(`--namespace ${quote(namespace)}: not a valid namespace name`);
  const text = readText(io, file, 'bundle file');
  const { bundle, findings, boilerplateFindings } = validateBundle(text, namespace, MAX_FILE_BYTES);
  // One parse for every finding's line: a bundle with thousands of findings stays linear.
  const locate = createLocator(text);
  const located: Located[] = findings.map((f) => {
    const document = Number(f.params?.document ?? 0);
    const at = f.subject === 'document' ? locate(f.path, document) : undefined;
    return at ? { ...f, line: at.line } : f;
  });
  const status = exitStatus(findings);
  if (output === 'json') {
    io.stdout(
      `${JSON.stringify({ valid: status === 0, findings: findingsJson(located), boilerplateFindings: findingsJson(boilerplateFindings) }, null, 2)}\n`,
    );
    return status;
  }
  for (const f of located) io.stderr(`${formatFinding(f)}${f.line ? ` [line ${f.line}]` : ''}\n`);
  for (const f of boilerplateFindings) io.stderr(`boilerplate: ${formatFinding(f)}\n`);
  const ds = quote(display(bundle.dataSource?.metadata?.name ?? '?'));
  const companions = quote(
    bundle.companions.map((c) => `${display(c.kind)}/${display(c.metadata?.name)}`).join(', '),
  );
  io.stdout(
    status === 0
      ? `valid bundle: DataSource ${ds}${companions ? ` with ${companions}` : ''}\n`
      : `invalid bundle: ${findings.filter((f) => f.severity === 'error').length} error(s)\n`,
  );
  return status;
};
