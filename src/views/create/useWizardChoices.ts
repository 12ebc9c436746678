import * as React from 'react';
import type { Classification, KubeObject } from '../../appliance/types';
import { useClusterCatalog } from './hooks';
import {
  boilerplateHasPassword,
  defaultInstancetype,
  defaultVmName,
  type WizardChoices,
} from './model';

interface Inputs {
  dataSource?: KubeObject;
  classification?: Classification;
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

  // The instancetypes and preferences a VM in the chosen namespace may name: they follow it.
  const catalog = useClusterCatalog(choices.namespace || undefined);
  const current = React.useRef(choices);
  current.current = choices;

  const update = React.useCallback((patch: Partial<WizardChoices>) => {
    const movesAway = (c: WizardChoices) =>
      patch.namespace !== undefined && patch.namespace !== c.namespace;
    // A namespace's own instancetype or preference means nothing in another namespace: back to
    // the default there.
    const resetInstancetype =
      movesAway(current.current) && current.current.instancetype.includes('/');
    setChoices((c) => {
      const next = { ...c, ...patch };
      if (movesAway(c)) {
        if (next.instancetype.includes('/')) next.instancetype = '';
        if (next.preference.includes('/')) next.preference = '';
      }
      return next;
    });
    setTouched((s) => {
      const out = new Set([...s, ...(Object.keys(patch) as Array<keyof WizardChoices>)]);
      if (resetInstancetype) out.delete('instancetype');
      return out;
    });
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

  const knownInstancetypes = catalog.known.instancetypes;
  React.useEffect(() => {
    if (!classification || !catalog.loaded || touched.has('instancetype')) return;
    setChoices((c) => ({
      ...c,
      instancetype: defaultInstancetype(classification, knownInstancetypes ?? [], c.namespace),
    }));
    // `catalog.loaded` turns true again once the chosen namespace's lists are in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceId, catalog.loaded, knownInstancetypes, touched]);

  React.useEffect(() => {
    if (!namespacesLoaded || namespaces.length === 0) return;
    setChoices((c) => (namespaces.includes(c.namespace) ? c : { ...c, namespace: namespaces[0] }));
  }, [namespaces, namespacesLoaded]);

  return { choices, update, hasBoilerplatePassword, catalog };
};
