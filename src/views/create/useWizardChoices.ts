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
  // One state for the choices and which of them the user set, so an update changes both at once.
  const [{ choices, touched }, setState] = React.useState<{
    choices: WizardChoices;
    touched: ReadonlySet<keyof WizardChoices>;
  }>({
    choices: {
      namespace: initialNamespace ?? '',
      name: '',
      instancetype: '',
      preference: '',
      start: true,
      credential: 'password',
      sshKey: '',
    },
    touched: new Set(),
  });
  const setChoices = React.useCallback(
    (f: (c: WizardChoices) => WizardChoices) =>
      setState((s) => {
        const choices = f(s.choices);
        return choices === s.choices ? s : { ...s, choices };
      }),
    [],
  );
  const sourceId = classification ? `${classification.namespace}/${classification.name}` : '';
  const hasBoilerplatePassword = React.useMemo(
    () => (dataSource ? boilerplateHasPassword(dataSource) : false),
    [dataSource],
  );

  // The instancetypes and preferences a VM in the chosen namespace may name: they follow it.
  const catalog = useClusterCatalog(choices.namespace || undefined);

  const update = React.useCallback((patch: Partial<WizardChoices>) => {
    setState((s) => {
      const next = { ...s.choices, ...patch };
      const touchedNext = new Set([
        ...s.touched,
        ...(Object.keys(patch) as Array<keyof WizardChoices>),
      ]);
      // A namespace's own instancetype or preference means nothing in another namespace: back to
      // the default there.
      if (patch.namespace !== undefined && patch.namespace !== s.choices.namespace) {
        if (next.instancetype.includes('/')) {
          next.instancetype = '';
          touchedNext.delete('instancetype');
        }
        if (next.preference.includes('/')) next.preference = '';
      }
      return { choices: next, touched: touchedNext };
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
  }, [namespaces, namespacesLoaded, setChoices]);

  return { choices, update, hasBoilerplatePassword, catalog };
};
