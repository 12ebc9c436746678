import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, ClipboardCopy, List, ListItem, Progress } from '@patternfly/react-core';
import { FindingsList } from '../../components/FindingsList';
import type { BatchVmState } from '../../k8s/apply';
import { resourceUrl, VirtualMachineGVK } from '../../k8s/models';
import { saveTextFile } from '../bundles/download';
import type { BatchState } from './useBatchCreate';

export interface BatchResultProps {
  state: Exclude<BatchState, { status: 'idle' }>;
  namespace: string;
  /** Generated passwords by VM name: shown once, never stored. */
  passwords: ReadonlyArray<{ name: string; password: string }>;
  onDelete: () => void;
  onKeep: () => void;
  onBack: () => void;
}

/**
 * A batch being created and its outcome (semantics §11): progress (done, failed, remaining), each
 * VM with a link once made; after a failure, the choice to delete the batch or keep what was
 * made; the generated passwords once, to copy or download.
 */
export const BatchResult: React.FC<BatchResultProps> = ({
  state,
  namespace,
  passwords,
  onDelete,
  onKeep,
  onBack,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const progress = state.status === 'creating' ? state.progress : state.outcome.progress;
  const outcome = state.status === 'creating' ? undefined : state.outcome;
  const stateLabel: Record<BatchVmState, string> = {
    waiting: t('Waiting'),
    creating: t('Creating...'),
    done: t('Created'),
    failed: t('Failed'),
    stopped: t('Not started'),
  };
  const made = progress?.vms.filter((v) => v.state === 'done') ?? [];
  return (
    <div data-test="batch-result">
      <Progress
        value={progress ? progress.done + progress.failed : 0}
        max={progress?.total ?? 1}
        title={t('{{done}} created, {{failed}} failed, {{remaining}} remaining', {
          done: progress?.done ?? 0,
          failed: progress?.failed ?? 0,
          remaining: progress?.remaining ?? 0,
        })}
        measureLocation="outside"
        label={`${progress?.done ?? 0}/${progress?.total ?? '?'}`}
        variant={progress?.failed ? 'danger' : progress?.remaining === 0 ? 'success' : undefined}
        data-test="batch-progress"
        data-total={progress?.total ?? 0}
        data-done={progress?.done ?? 0}
        data-failed={progress?.failed ?? 0}
      />
      <List isPlain data-test="batch-vms">
        {(progress?.vms ?? []).map((v) => (
          <ListItem key={v.name} data-test="batch-vm" data-name={v.name} data-state={v.state}>
            {v.state === 'done' ? (
              <Link to={resourceUrl(VirtualMachineGVK, namespace, v.name)}>{v.name}</Link>
            ) : (
              v.name
            )}{' '}
            ({stateLabel[v.state]})
          </ListItem>
        ))}
      </List>
      {outcome && !outcome.ok && state.status !== 'resolved' && (
        <Alert
          variant="danger"
          isInline
          title={
            outcome.step === 'dry-run'
              ? t('Nothing was created: the dry run of the batch failed')
              : t('The batch stopped: {{made}} of {{total}} VirtualMachines were made', {
                  made: made.length,
                  total: progress?.total ?? 0,
                })
          }
          data-test="batch-error"
        >
          <FindingsList findings={outcome.findings} />
          {outcome.step === 'create' && (
            <>
              <p>{t('Delete the whole batch, or keep the VirtualMachines that were made?')}</p>
              <Button
                variant="danger"
                onClick={onDelete}
                isDisabled={state.status === 'deleting'}
                data-test="batch-rollback"
              >
                {t('Delete the batch')}
              </Button>{' '}
              <Button
                variant="secondary"
                onClick={onKeep}
                isDisabled={state.status === 'deleting'}
                data-test="batch-keep"
              >
                {t('Keep what was made')}
              </Button>
            </>
          )}
        </Alert>
      )}
      {state.status === 'resolved' && (
        <Alert
          variant={state.leftBehind.length ? 'danger' : 'info'}
          isInline
          title={
            state.choice === 'deleted'
              ? t('The batch was deleted')
              : t('{{count}} VirtualMachines were kept', { count: made.length })
          }
          data-test="batch-resolved"
          data-choice={state.choice}
        >
          {state.leftBehind.length > 0 &&
            t('Could not delete: {{objects}}. Delete them by hand.', {
              objects: state.leftBehind.map((o) => `${o.kind} ${o.metadata?.name}`).join(', '),
            })}
        </Alert>
      )}
      {((outcome && !outcome.ok && outcome.step === 'dry-run') || state.status === 'resolved') && (
        <Button variant="link" onClick={onBack} data-test="batch-back">
          {t('Back to the review')}
        </Button>
      )}
      {passwords.length > 0 && made.length > 0 && state.status !== 'resolved' && (
        <Alert
          variant="warning"
          isInline
          title={t('The generated passwords are shown only now')}
          data-test="batch-passwords"
        >
          <p>{t('User cloud-user; each password is kept only in its VM’s Secret.')}</p>
          {passwords
            .filter((p) => made.some((m) => m.name === p.name))
            .map((p) => (
              <ClipboardCopy
                key={p.name}
                isReadOnly
                hoverTip={t('Copy')}
                clickTip={t('Copied')}
                data-test="batch-password"
                data-name={p.name}
              >
                {`${p.name}: ${p.password}`}
              </ClipboardCopy>
            ))}
          <Button
            variant="link"
            onClick={() =>
              saveTextFile(
                'passwords.txt',
                passwords
                  .filter((p) => made.some((m) => m.name === p.name))
                  .map((p) => `${p.name}: ${p.password}\n`)
                  .join(''),
              )
            }
            data-test="batch-passwords-download"
          >
            {t('Download the list')}
          </Button>
        </Alert>
      )}
    </div>
  );
};
