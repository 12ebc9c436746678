import * as React from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/Label/label';
import type { ApplianceFlavor, SourceKind } from '../appliance/types';
import { useCachedT } from './useCachedT';

export interface KindBadgeProps {
  kind: SourceKind;
  flavor?: ApplianceFlavor;
}

type BadgeColor = 'blue' | 'purple' | 'orange' | 'grey';

// Grey is the label's own colour: it has no modifier.
const colorClass: Record<BadgeColor, string> = {
  blue: styles.modifiers.blue,
  purple: styles.modifiers.purple,
  orange: styles.modifiers.orange,
  grey: '',
};

/**
 * PatternFly's compact filled label, as markup: the `Label` component registers document-wide
 * key and mouse listeners and measures its text on mount (for editing and truncation tooltips a
 * fixed badge never needs), which a page of tiles paid on every search keystroke.
 */
const Badge: React.FC<{ color: BadgeColor; kind: string; children: string }> = ({
  color,
  kind,
  children,
}) => (
  <span
    className={css(
      styles.label,
      styles.modifiers.compact,
      styles.modifiers.filled,
      colorClass[color],
    )}
    data-test="kind-badge"
    data-kind={kind}
  >
    <span className={styles.labelContent}>
      <span className={styles.labelText}>{children}</span>
    </span>
  </span>
);

/** Golden image / Appliance, agnostic / Appliance, with identity (semantics §1). */
export const KindBadge: React.FC<KindBadgeProps> = ({ kind, flavor }) => {
  const t = useCachedT();
  if (kind === 'golden-image') {
    return (
      <Badge color="blue" kind="golden-image">
        {t('Golden image')}
      </Badge>
    );
  }
  if (kind === 'appliance') {
    const identity = flavor === 'identity';
    return (
      <Badge
        color={identity ? 'orange' : 'purple'}
        kind={identity ? 'appliance-identity' : 'appliance-agnostic'}
      >
        {identity ? t('Appliance, with identity') : t('Appliance, agnostic')}
      </Badge>
    );
  }
  return (
    <Badge color="grey" kind="other">
      {t('Other')}
    </Badge>
  );
};
