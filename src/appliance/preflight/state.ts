import { finding, msg, type Finding } from '../../findings';
import type { CheckId, CheckResult, CheckState } from './types';

/** The state a list of findings gives a check: its worst severity, `pass` without any. */
export const stateOf = (findings: readonly Finding[]): CheckState => {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'pass';
};

export const result = (id: CheckId, findings: Finding[]): CheckResult => ({
  id,
  state: stateOf(findings),
  findings,
});

const SKIPPED: Record<CheckId, string> = {
  permission: msg('Permission was not checked: it needs a live cluster.'),
  names: msg('Names were not checked: the objects of the target namespace were not read.'),
  networks: msg('Networks were not checked: the NetworkAttachmentDefinitions were not read.'),
  storage: msg('Storage was not checked: the StorageClasses were not read.'),
  quota: msg(
    'The quota was not checked: the ResourceQuotas of the target namespace were not read.',
  ),
  source: msg('The source was not checked.'),
};

/** A check that could not run because what it needs was not read; said, never passed. */
export const skipped = (id: CheckId): CheckResult => ({
  id,
  state: 'skipped',
  findings: [finding('info', 'PreflightSkipped', '', SKIPPED[id], { check: id })],
});
