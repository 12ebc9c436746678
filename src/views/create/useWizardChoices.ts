import * as React from 'react';
import type { Classification, KubeObject } from '../../appliance/types';
import {
  boilerplateHasPassword,
  defaultInstancetype,
  defaultVmName,
  type WizardChoices,
} from './model';

interface Inputs {
  dataSource?: KubeObject;
  classification?: Classification;
  instancetypes: KubeObject[];
  catalogLoaded: boolean;
  namespaces: string[];
  namespacesLoaded: boolean;
  initialNamespace?: string;
}

/**
 * The Details and Credentials choices, with defaults filled in once their inputs are known (the
 * source, the cluster's instancetypes, the namespaces the user may use); the user's own edits are
 * never overwritten.
 */
export const useWizardChoices = ({
  dataSource,
  classification,
  instancetypes,
  catalogLoaded,
  namespaces,
  namespacesLoaded,
  initialNamespace,
}: Inputs) => {
  const [choices, setChoices] = React.useState<WizardChoices>({
    namespace: initialNamespace ?? '',
    name: '',
    instancetype: '',
    preference: '',
    start: true,
    credential: 'password',
    sshKey: '',
  });
  const [touched, setTouched] = React.useState<Set<keyof WizardChoices>>(() => new Set());
  const sourceId = classification ? `${classification.namespace}/${classification.name}` : '';
  const hasBoilerplatePassword = React.useMemo(
    () => (dataSource ? boilerplateHasPassword(dataSource) : false),
    [dataSource],
  );

  const update = React.useCallback((patch: Partial<WizardChoices>) => {
    setChoices((c) => ({ ...c, ...patch }));
    setTouched((s) => new Set([...s, ...(Object.keys(patch) as Array<keyof WizardChoices>)]));
  }, []);

  React.useEffect(() => {
    if (!classification) return;
    setChoices((c) => ({
      ...c,
      ...(touched.has('name') ? {} : { name: defaultVmName(classification.name, Math.random) }),
    }));
    // A new source gives a new default name; edits stay.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceId]);

  React.useEffect(() => {
    if (!classification || !catalogLoaded || touched.has('instancetype')) return;
    setChoices((c) => ({ ...c, instancetype: defaultInstancetype(classification, instancetypes) }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceId, catalogLoaded, instancetypes.length]);

  React.useEffect(() => {
    if (!namespacesLoaded || namespaces.length === 0) return;
    setChoices((c) => (namespaces.includes(c.namespace) ? c : { ...c, namespace: namespaces[0] }));
  }, [namespaces, namespacesLoaded]);

  return { choices, update, hasBoilerplatePassword };
};
