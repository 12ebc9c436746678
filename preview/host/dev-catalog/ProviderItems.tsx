import * as React from 'react';
import type { CatalogItem } from '@openshift-console/dynamic-plugin-sdk';
import type { ItemHook } from './extensions';

export type ProviderResult = { items: CatalogItem[]; loaded: boolean; error?: unknown };

/** Calls one provider hook with the namespace, as the console does, and reports what it returns. */
const HookRunner: React.FC<{
  useItems: ItemHook;
  namespace: string;
  onResult: (r: ProviderResult) => void;
}> = ({ useItems, namespace, onResult }) => {
  const [items, loaded, error] = useItems({ namespace });
  React.useEffect(() => onResult({ items, loaded, error }), [items, loaded, error, onResult]);
  return null;
};

/** Resolves a provider's code reference once, then runs its hook for the namespace. */
export const ProviderItems: React.FC<{
  provider: () => Promise<ItemHook>;
  namespace: string;
  onResult: (r: ProviderResult) => void;
}> = ({ provider, namespace, onResult }) => {
  const [hook, setHook] = React.useState<{ useItems?: ItemHook; error?: unknown }>({});
  React.useEffect(() => {
    let live = true;
    provider()
      .then((useItems) => live && setHook({ useItems }))
      .catch((error: unknown) => {
        if (!live) return;
        setHook({ error });
        onResult({ items: [], loaded: true, error });
      });
    return () => {
      live = false;
    };
  }, [provider, onResult]);
  if (!hook.useItems) return null;
  return <HookRunner useItems={hook.useItems} namespace={namespace} onResult={onResult} />;
};
