import * as React from 'react';
import { Label } from '@patternfly/react-core';
import type { ApplianceFlavor, SourceKind } from '../appliance/types';
import { useCachedT } from './useCachedT';

export interface KindBadgeProps {
  kind: SourceKind;
  flavor?: ApplianceFlavor;
}

/** Golden image / Appliance, agnostic / Appliance, with identity (semantics §1). */
export const KindBadge: React.FC<KindBadgeProps> = ({ kind, flavor }) => {
  const t = useCachedT();
  if (kind === 'golden-image') {
    return (
      <Label color="blue" isCompact data-test="kind-badge" data-kind="golden-image">
        {t('Golden image')}
      </Label>
    );
  }
  if (kind === 'appliance') {
    const identity = flavor === 'identity';
    return (
      <Label
        color={identity ? 'orange' : 'purple'}
        isCompact
        data-test="kind-badge"
        data-kind={identity ? 'appliance-identity' : 'appliance-agnostic'}
      >
        {identity ? t('Appliance, with identity') : t('Appliance, agnostic')}
      </Label>
    );
  }
  return (
    <Label color="grey" isCompact data-test="kind-badge" data-kind="other">
      {t('Other')}
    </Label>
  );
};
