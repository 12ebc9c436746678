import * as React from 'react';
import { useParams } from 'react-router';
import { dump } from 'js-yaml';
import {
  Alert,
  Bullseye,
  Flex,
  FlexItem,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import type { K8sGroupVersionKind, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '../sdk/hooks';
import { resolveReference } from './resource-ref';
import { ResourceActions } from './ResourceActions';

export const errorText = (error: unknown): string => {
  const e = error as { code?: number; message?: string } | undefined;
  return e?.code ? `${e.code}: ${e.message ?? ''}` : (e?.message ?? String(error));
};

/** The console's generic resource page, reduced to its YAML (read live through a watch) and its Actions menu. */
export const ResourcePage: React.FC = () => {
  const { ns, reference = '', name = '' } = useParams();
  const [gvk, setGvk] = React.useState<K8sGroupVersionKind>();
  const [refError, setRefError] = React.useState<unknown>();
  React.useEffect(() => {
    let live = true;
    setGvk(undefined);
    setRefError(undefined);
    resolveReference(reference)
      .then((g) => live && setGvk(g))
      .catch((e: unknown) => live && setRefError(e));
    return () => {
      live = false;
    };
  }, [reference]);
  const [obj, loaded, loadError] = useK8sWatchResource<K8sResourceCommon>(
    gvk ? { groupVersionKind: gvk, name, namespace: ns } : null,
  );
  const error = refError ?? loadError;
  let body: React.ReactNode;
  if (error) {
    body = (
      <Alert
        variant="danger"
        isInline
        title="Could not load this object"
        data-test="resource-error"
      >
        {errorText(error)}
      </Alert>
    );
  } else if (!gvk || !loaded) {
    body = (
      <Bullseye>
        <Spinner aria-label="Loading" data-test="preview-loading" />
      </Bullseye>
    );
  } else {
    body = (
      <pre data-test="resource-yaml" style={{ whiteSpace: 'pre-wrap' }}>
        {dump(obj, { lineWidth: -1, noRefs: true })}
      </pre>
    );
  }
  return (
    <>
      <PageSection>
        <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }}>
          <FlexItem>
            <Title headingLevel="h1" data-test="resource-title">
              {gvk?.kind ?? reference} {name}
            </Title>
          </FlexItem>
          {gvk && loaded && obj && !error && (
            <FlexItem>
              <ResourceActions gvk={gvk} obj={obj} />
            </FlexItem>
          )}
        </Flex>
        {ns && <p data-test="resource-namespace">Namespace: {ns}</p>}
      </PageSection>
      <PageSection>{body}</PageSection>
    </>
  );
};
