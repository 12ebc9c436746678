import * as React from 'react';
import { useNavigate } from 'react-router';
import {
  Alert,
  Dropdown,
  DropdownItem,
  DropdownList,
  MenuToggle,
  type MenuToggleElement,
} from '@patternfly/react-core';
import {
  useResolvedExtensions,
  type CodeRef,
  type Extension,
  type LoadedAndResolvedExtension,
} from '@openshift/dynamic-plugin-sdk';
import type {
  Action,
  ExtensionHook,
  K8sGroupVersionKind,
  K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { useAccessReview } from '../sdk/hooks';
import { describeError } from './PluginRoute';

type ModelRef = { group?: string; version: string; kind: string };
type ProviderProps = { model: ModelRef; provider: CodeRef<ExtensionHook<Action[]>> };
export type ResourceActionProvider = Extension<'console.action/resource-provider', ProviderProps>;
type ResolvedProvider = LoadedAndResolvedExtension<ResourceActionProvider>;

// Module level: the SDK's hook keeps its result only while the predicate stays the same function.
const isResourceActionProvider = (e: Extension): e is ResourceActionProvider =>
  e.type === 'console.action/resource-provider';

/** An extension's model without a group is a core model (group ""). */
export const modelMatches = (model: ModelRef, gvk: K8sGroupVersionKind): boolean =>
  (model.group ?? '') === (gvk.group ?? '') &&
  model.version === gvk.version &&
  model.kind === gvk.kind;

type ProviderResult = { actions: Action[]; loaded: boolean; error?: unknown };
type Report = (uid: string, result: ProviderResult) => void;

/**
 * Calls one provider hook, exactly once per render and unconditionally (it is its own component),
 * and reports what it returns. Memoised so the parent's state updates do not re-run it: a hook that
 * returns a fresh array each call would otherwise report, re-render and report again forever.
 */
type RunnerProps = { ext: ResolvedProvider; obj: K8sResourceCommon; report: Report };

const ProviderRunner = React.memo(function ProviderRunner({ ext, obj, report }: RunnerProps) {
  const useProvider = ext.properties.provider as unknown as ExtensionHook<Action[]>;
  const [actions, loaded, error] = useProvider(obj);
  React.useEffect(() => {
    report(ext.uid, {
      actions: Array.isArray(actions) ? actions : [],
      loaded: Boolean(loaded),
      error,
    });
  }, [ext.uid, actions, loaded, error, report]);
  return null;
});

/** A provider that throws (or is no function) is reported as that provider's error. */
class ProviderBoundary extends React.Component<
  { ext: ResolvedProvider; report: Report; children: React.ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    this.props.report(this.props.ext.uid, { actions: [], loaded: true, error });
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}

const NOT_ALLOWED = 'You are not allowed to do this (the access review denied it).';

/** One menu item; disabled by the action itself or by its access review, as in the console. */
const ActionItem: React.FC<{ action: Action; run: (a: Action) => void }> = ({ action, run }) => {
  const review = action.accessReview;
  const [allowed, checking] = useAccessReview(review ?? {}, undefined, true);
  const denied = Boolean(review) && !checking && !allowed;
  const disabled = Boolean(action.disabled) || denied || (Boolean(review) && checking);
  const reason = action.disabled ? action.disabledTooltip : denied ? NOT_ALLOWED : undefined;
  const tooltip = disabled ? reason : action.tooltip;
  const external = typeof action.cta === 'object' && action.cta.external;
  return (
    <DropdownItem
      data-test="resource-action"
      data-id={action.id}
      data-disabled={disabled ? 'true' : 'false'}
      isAriaDisabled={disabled}
      description={action.description}
      isExternalLink={Boolean(external)}
      tooltipProps={tooltip ? { content: tooltip } : undefined}
      onClick={() => !disabled && run(action)}
    >
      {action.label}
    </DropdownItem>
  );
};

/**
 * The Actions menu of a resource details page: the actions of every `console.action/resource-provider`
 * extension whose model is the object's group/version/kind, in extension order.
 */
export const ResourceActions: React.FC<{ gvk: K8sGroupVersionKind; obj: K8sResourceCommon }> = ({
  gvk,
  obj,
}) => {
  const [extensions, resolved, resolveErrors] = useResolvedExtensions(isResourceActionProvider);
  const providers = React.useMemo(
    () => extensions.filter((e) => modelMatches(e.properties.model, gvk)),
    [extensions, gvk],
  );
  const [results, setResults] = React.useState<Record<string, ProviderResult>>({});
  const report = React.useCallback<Report>(
    (uid, result) => setResults((prev) => ({ ...prev, [uid]: result })),
    [],
  );
  const [open, setOpen] = React.useState(false);
  const navigate = useNavigate();

  const run = (action: Action) => {
    setOpen(false);
    if (typeof action.cta === 'function') action.cta();
    else if (action.cta.external) window.open(action.cta.href, '_blank', 'noopener,noreferrer');
    else void navigate(action.cta.href);
  };

  const current = providers.map((p) => results[p.uid]);
  const loaded = resolved && current.every((r) => r?.loaded);
  const actions = current.flatMap((r) => r?.actions ?? []);
  const errors = [
    ...resolveErrors,
    ...current.map((r) => r?.error).filter((e) => e !== undefined && e !== null),
  ];
  if (resolved && providers.length === 0 && errors.length === 0) return null;
  return (
    <>
      {providers.map((ext) => (
        <ProviderBoundary key={ext.uid} ext={ext} report={report}>
          <ProviderRunner ext={ext} obj={obj} report={report} />
        </ProviderBoundary>
      ))}
      <Dropdown
        isOpen={open}
        onOpenChange={setOpen}
        popperProps={{ position: 'right' }}
        toggle={(ref: React.Ref<MenuToggleElement>) => (
          <MenuToggle
            ref={ref}
            onClick={() => setOpen((o) => !o)}
            isExpanded={open}
            isDisabled={!loaded || actions.length === 0}
            data-test="resource-actions"
            data-loaded={loaded ? 'true' : 'false'}
          >
            Actions
          </MenuToggle>
        )}
      >
        <DropdownList>
          {actions.map((a) => (
            <ActionItem key={a.id} action={a} run={run} />
          ))}
        </DropdownList>
      </Dropdown>
      {errors.map((e, i) => (
        <Alert
          key={i}
          variant="warning"
          isInline
          isPlain
          title="An action provider failed"
          data-test="resource-actions-error"
        >
          <pre style={{ whiteSpace: 'pre-wrap' }}>{describeError(e)}</pre>
        </Alert>
      ))}
    </>
  );
};
