import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Label, LabelGroup } from '@patternfly/react-core';
import { CheckStateIcon } from '../../components/CheckStateIcon';
import { classifyDataSource } from '../../appliance/classify';
import { instantiate } from '../../appliance/instantiate';
import type { CheckId, CheckState } from '../../appliance/preflight';
import { createSeededRandom } from '../../appliance/random';
import type { KubeObject } from '../../appliance/types';
import { usePreflight } from '../../k8s/preflight/usePreflight';

const COLOR: Record<CheckState, 'green' | 'orange' | 'red' | 'grey'> = {
  pass: 'green',
  warning: 'orange',
  error: 'red',
  skipped: 'grey',
  running: 'grey',
};

/**
 * Whether a source fits the namespace the catalog shows (semantics §10, issue 16): the wizard's
 * pre-flight checks, summarized, before the wizard is even opened. Names are left out: they
 * depend on the name the user will choose.
 */
export const FitSummary: React.FC<{ dataSource: KubeObject; namespace: string }> = ({
  dataSource,
  namespace,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const sample = React.useMemo(() => {
    const r = instantiate({
      dataSource,
      namespace,
      name: 'fit-check',
      random: createSeededRandom(1),
    });
    return r.objects.length ? r.objects : [r.vm];
  }, [dataSource, namespace]);
  const identityBearing = classifyDataSource(dataSource).flavor === 'identity';
  const { checks } = usePreflight(sample, dataSource, namespace, { identityBearing });
  const titles: Record<CheckId, string> = {
    permission: t('Permission'),
    names: t('Names'),
    networks: t('Networks'),
    storage: t('Storage'),
    quota: t('Quota'),
    source: t('Source'),
  };
  const shown = checks.filter((c) => c.id !== 'names');
  const worst = (['error', 'warning', 'running'] as const).find((s) =>
    shown.some((c) => c.state === s),
  );
  return (
    <div data-test="catalog-fit" data-state={worst ?? 'pass'}>
      <LabelGroup categoryName={t('Fits {{namespace}}', { namespace })} numLabels={6}>
        {shown.map((c) => (
          <Label
            key={c.id}
            color={COLOR[c.state]}
            icon={<CheckStateIcon state={c.state} />}
            data-test="catalog-fit-check"
            data-id={c.id}
            data-state={c.state}
          >
            {titles[c.id]}
          </Label>
        ))}
      </LabelGroup>
      {/* What a non-passing check found, as text (a tooltip would hide it from the keyboard). */}
      <ul className="pf-v6-u-font-size-sm" data-test="catalog-fit-findings">
        {shown
          .filter((c) => c.state === 'error' || c.state === 'warning')
          .flatMap((c) => c.findings.filter((f) => f.severity !== 'info'))
          .map((f, i) => (
            <li key={`${f.code}-${i}`} data-code={f.code}>
              {t(f.message, f.params)}
            </li>
          ))}
      </ul>
    </div>
  );
};
