import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@patternfly/react-core';
import type { Finding } from '../../findings';
import { FindingsList } from '../FindingsList';
import { EDITOR_FINDINGS, benchMark } from './bench-marks';
import { applyFindingFix } from './fix';
import { rawValues } from '../i18n-values';

export interface FixableFindingsProps {
  findings: readonly Finding[];
  /** The text the fixes apply to. */
  text: string;
  /** The editor's own fix (one undoable edit), set by YamlEditor's `fixRef` while it is shown. */
  fixRef: React.RefObject<((f: Finding) => string | undefined) | undefined>;
  /** The document a finding without one is about (the VirtualMachine's). */
  defaultDocument?: number;
  /** No "Fix" buttons (the user may not change the text). */
  readOnly?: boolean;
  /** The fixed text, to show and check again. */
  onFixed: (text: string) => void;
  'data-test'?: string;
}

/**
 * A findings list whose fixable findings have a "Fix" button: the fix goes through the editor when
 * it is shown, else onto the text (which also says why a fix no longer applies), the same in the
 * create wizard and the boilerplate editor.
 */
export const FixableFindings: React.FC<FixableFindingsProps> = ({
  findings,
  text,
  fixRef,
  defaultDocument = 0,
  readOnly,
  onFixed,
  'data-test': dataTest,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [fixError, setFixError] = React.useState<string>();
  // The list of these findings is in the DOM now (the benchmark's end of a check).
  React.useLayoutEffect(() => benchMark(EDITOR_FINDINGS), [findings]);
  const applyFix = (f: Finding) => {
    const applied = fixRef.current?.(f);
    const outcome =
      applied !== undefined
        ? { ok: true as const, text: applied }
        : applyFindingFix(text, f, defaultDocument);
    if (!outcome.ok) {
      setFixError(t('The fix could not be applied: {{reason}}', { reason: outcome.reason }));
      return;
    }
    setFixError(undefined);
    onFixed(outcome.text);
  };
  return (
    <>
      {fixError && (
        <Alert variant="danger" isInline isPlain title={fixError} data-test="fix-error" />
      )}
      <FindingsList
        findings={findings}
        data-test={dataTest}
        renderAction={(f) =>
          f.fix && !readOnly ? (
            <Button
              variant="link"
              isInline
              data-test="finding-fix"
              data-code={f.code}
              onClick={() => applyFix(f)}
            >
              {t(f.fix.title, rawValues({ ...f.fix.params }))}
            </Button>
          ) : null
        }
      />
    </>
  );
};
