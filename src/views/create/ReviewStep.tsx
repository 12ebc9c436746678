import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Alert,
  AlertActionLink,
  ExpandableSection,
  Label,
  Spinner,
  Tab,
  Tabs,
  TabTitleText,
  Title,
} from '@patternfly/react-core';
import { hasErrors, type Finding } from '../../findings';
import { FindingsList } from '../../components/FindingsList';
import { SchemaSource } from '../../components/SchemaSource';
import { ScrollableText } from '../../components/ScrollableText';
import {
  DiffView,
  FixableFindings,
  YamlEditor,
  type MonacoApi,
} from '../../components/yaml-editor';
import type { DryRunState } from './state';
import type { CheckResult } from '../../appliance/preflight';
import { PreflightList } from './PreflightList';

export interface ReviewStepProps {
  text: string;
  onTextChange: (text: string) => void;
  /** Called debounced after typing: re-parse and re-validate. */
  onValidate: (text: string) => void;
  /** The text has changed since the last validation. */
  validating: boolean;
  baseText: string;
  /** Findings of the edited YAML (validation, dry run, last create attempt). */
  findings: Finding[];
  /** The document of the VirtualMachine (findings without subject point into it). */
  vmIndex: number;
  /** What completing/generating did to the source (repairs, notes). */
  completionFindings: Finding[];
  dryRun: DryRunState;
  /** The YAML was generated again because the choices changed after it was edited. */
  regenerated: boolean;
  /** Puts the edited YAML that the regeneration replaced back in the editor. */
  onRestoreEdits: () => void;
  /** The pre-flight checklist of the target namespace (semantics §10). */
  preflight?: readonly CheckResult[];
  /** A batch (semantics §11): the first VM's name, and the other VMs as generated. */
  batch?: { first: string; members: ReadonlyArray<{ name: string; text: string }> };
}

const DryRunResult: React.FC<{ dryRun: DryRunState; validating: boolean }> = ({
  dryRun,
  validating,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  if (validating || dryRun.status === 'running')
    return (
      <Label icon={<Spinner size="sm" />} data-test="dry-run" data-status="running">
        {t('Server dry run...')}
      </Label>
    );
  if (dryRun.status === 'idle')
    return (
      <Label data-test="dry-run" data-status="idle">
        {t('Server dry run: waiting for a valid YAML')}
      </Label>
    );
  const failed = hasErrors(dryRun.findings);
  return (
    <Label
      status={failed ? 'danger' : 'success'}
      data-test="dry-run"
      data-status={failed ? 'failed' : 'passed'}
    >
      {failed ? t('Server dry run: rejected') : t('Server dry run: accepted')}
    </Label>
  );
};

/**
 * Step 4: the objects as editable YAML with markers, the findings with one-click fixes, the
 * diff against the source, and the server's dry run.
 */
export const ReviewStep: React.FC<ReviewStepProps> = ({
  text,
  onTextChange,
  onValidate,
  validating,
  baseText,
  findings,
  vmIndex,
  completionFindings,
  dryRun,
  regenerated,
  onRestoreEdits,
  preflight,
  batch,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [tab, setTab] = React.useState<string | number>('yaml');
  const [monaco, setMonaco] = React.useState<MonacoApi>();
  // Created on first use and then kept: creating and disposing diff editors is costly in Monaco.
  const [diffOpened, setDiffOpened] = React.useState(false);
  const defaultDocument = Math.max(0, vmIndex);

  const fixRef = React.useRef<((f: Finding) => string | undefined) | undefined>(undefined);
  const [shown, setShown] = React.useState(0);
  const member = batch && shown > 0 ? batch.members[shown - 1] : undefined;

  return (
    <>
      {batch && batch.members.length > 0 && (
        <FormGroup label={t('VirtualMachine to show')} fieldId="batch-vm-select">
          <FormSelect
            id="batch-vm-select"
            data-test="batch-vm-select"
            value={String(shown)}
            onChange={(_e, v) => setShown(Number(v))}
          >
            {[batch.first, ...batch.members.map((m) => m.name)].map((name, i) => (
              <FormSelectOption key={name} value={String(i)} label={name} />
            ))}
          </FormSelect>
          <FormHelperText>
            <HelperText>
              <HelperTextItem>
                {t(
                  'Your edits apply to {{first}}; the other {{count}} VirtualMachines are created as generated.',
                  { first: batch.first, count: batch.members.length },
                )}
              </HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
      )}
      {member && (
        <ScrollableText
          label={t('Objects to create for {{name}}', { name: member.name })}
          maxHeight="40vh"
          data-test="batch-vm-yaml"
        >
          {member.text}
        </ScrollableText>
      )}
      {regenerated && (
        <Alert
          variant="info"
          isInline
          title={t('The YAML was generated again from your changed choices.')}
          data-test="review-regenerated"
          actionLinks={
            <AlertActionLink onClick={onRestoreEdits} data-test="review-restore-edits">
              {t('Restore my edited YAML')}
            </AlertActionLink>
          }
        >
          {t(
            'Your edits were kept aside. Restoring them replaces the new YAML, so the changed choices no longer apply.',
          )}
        </Alert>
      )}
      <Tabs
        activeKey={tab}
        onSelect={(_e, k) => {
          setTab(k);
          if (k === 'diff') setDiffOpened(true);
        }}
        aria-label={t('Review views')}
      >
        <Tab eventKey="yaml" title={<TabTitleText>{t('YAML')}</TabTitleText>} data-test="tab-yaml">
          <YamlEditor
            value={text}
            onChange={onTextChange}
            onValidate={onValidate}
            findings={findings}
            defaultDocument={defaultDocument}
            onMonaco={setMonaco}
            fixRef={fixRef}
            aria-label={t('Objects to create')}
          />
        </Tab>
        <Tab
          eventKey="diff"
          title={<TabTitleText>{t('Changes from the source')}</TabTitleText>}
          data-test="tab-diff"
        >
          {diffOpened && (
            <DiffView
              monaco={monaco}
              original={baseText}
              modified={text}
              originalLabel={t('Generated from the source')}
              modifiedLabel={t('Objects to create')}
            />
          )}
        </Tab>
      </Tabs>
      {/* The checklist comes before the dry run: it says whether the VM can run here at all. */}
      {preflight && (
        <div style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}>
          <PreflightList checks={preflight} />
        </div>
      )}
      <div style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}>
        <DryRunResult dryRun={dryRun} validating={validating} />
      </div>
      <Title headingLevel="h3" style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}>
        {t('Findings')}
      </Title>
      <SchemaSource />
      <FixableFindings
        findings={findings}
        text={text}
        fixRef={fixRef}
        defaultDocument={defaultDocument}
        onFixed={(fixed) => {
          onTextChange(fixed);
          onValidate(fixed);
        }}
        data-test="review-findings"
      />
      {completionFindings.length > 0 && (
        <ExpandableSection
          toggleText={t('What the wizard changed or noted ({{count}})', {
            count: completionFindings.length,
          })}
          data-test="completion-findings"
        >
          <FindingsList findings={completionFindings} data-test="completion-findings-list" />
        </ExpandableSection>
      )}
    </>
  );
};
