import * as React from 'react';
import { Link } from 'react-router';
import { load } from 'js-yaml';
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  PageSection,
  TextArea,
  Title,
} from '@patternfly/react-core';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useSession } from '../sdk/hooks';
import { k8sCreate } from '../sdk/k8s';
import { getGroupVersionKindForResource, modelFor } from '../sdk/models';
import { resourcePath } from '../sdk/components';
import { ALL_NAMESPACES_KEY, session } from '../sdk/session';
import { errorText } from './ResourcePage';

type Result = { created?: K8sResourceCommon; path?: string; error?: unknown };

/** A minimal "Import YAML": create one object as the current user, then link to its page. */
export const ImportYAMLPage: React.FC = () => {
  useSession();
  const [text, setText] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<Result>({});

  const create = async () => {
    setBusy(true);
    setResult({});
    try {
      const obj = load(text) as K8sResourceCommon | undefined;
      if (!obj || typeof obj !== 'object' || !obj.apiVersion || !obj.kind) {
        throw new Error('The YAML must be one object with apiVersion and kind');
      }
      const gvk = getGroupVersionKindForResource(obj);
      const model = await modelFor(gvk);
      const ns = session.getNamespace();
      const data =
        model.namespaced && !obj.metadata?.namespace && ns !== ALL_NAMESPACES_KEY
          ? { ...obj, metadata: { ...obj.metadata, namespace: ns } }
          : obj;
      const created: K8sResourceCommon = await k8sCreate({ model, data });
      const name = created.metadata?.name ?? '';
      setResult({
        created,
        path: resourcePath(gvk, name, model.namespaced ? created.metadata?.namespace : undefined),
      });
    } catch (error) {
      setResult({ error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageSection>
      <Title headingLevel="h1" data-test="import-yaml-title">
        Import YAML
      </Title>
      <Form onSubmit={(e) => e.preventDefault()}>
        <FormGroup label="YAML" fieldId="import-yaml">
          <TextArea
            id="import-yaml"
            value={text}
            onChange={(_e, v) => setText(v)}
            rows={16}
            resizeOrientation="vertical"
            data-test="import-yaml-input"
            aria-label="YAML to create"
          />
        </FormGroup>
        <ActionGroup>
          <Button
            variant="primary"
            onClick={create}
            isDisabled={busy || !text.trim()}
            data-test="import-yaml-create"
          >
            Create
          </Button>
        </ActionGroup>
      </Form>
      {result.error !== undefined && (
        <Alert
          variant="danger"
          isInline
          title="Create failed"
          data-test="import-yaml-error"
          data-status={String((result.error as { code?: number }).code ?? '')}
        >
          {errorText(result.error)}
        </Alert>
      )}
      {result.created && result.path && (
        <Alert variant="success" isInline title="Created" data-test="import-yaml-success">
          <Link to={result.path} data-test="import-yaml-created-link">
            {result.created.kind} {result.created.metadata?.name}
          </Link>
        </Alert>
      )}
    </PageSection>
  );
};
