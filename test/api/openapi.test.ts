import { StartedApiServer } from '../../preview/api/server';
import { virtualMachineSchemaFromOpenApi } from '../../src/schema/openapi';
import { setVirtualMachineSchema, validateVirtualMachine } from '../../src/schema/validate';
import { client, startTestApi, VMS } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

let srv: StartedApiServer;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  srv = await startTestApi();
  api = client(srv.url);
});
afterAll(() => srv.close());
afterEach(() => setVirtualMachineSchema(null));

const OPENAPI = '/openapi/v3/apis/kubevirt.io/v1';
const KUBEVIRTS = '/apis/kubevirt.io/v1/kubevirts';

const vm = (spec: Record<string, unknown>) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'schema-check', namespace: 'demo' },
  spec: {
    runStrategy: 'Halted',
    template: { spec: { domain: { devices: {}, memory: { guest: '1Gi' } }, ...spec } },
  },
});

describe('the OpenAPI v3 document of kubevirt.io/v1', () => {
  it('is listed in /openapi/v3 and served to every user, in the API server’s shape', async () => {
    const index = await api('GET', '/openapi/v3');
    expect(index.body.paths['apis/kubevirt.io/v1'].serverRelativeURL).toBe(OPENAPI);
    for (const user of ['developer', 'viewer']) {
      expect((await client(srv.url, user)('GET', OPENAPI)).status).toBe(200);
    }
    const { status, body } = await api('GET', OPENAPI);
    expect(status).toBe(200);
    const vmSchema = body.components.schemas['io.kubevirt.v1.VirtualMachine'];
    expect(vmSchema['x-kubernetes-group-version-kind']).toEqual([
      { group: 'kubevirt.io', kind: 'VirtualMachine', version: 'v1' },
    ]);
    expect(vmSchema.properties.metadata).toEqual({
      allOf: [{ $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' }],
      default: {},
    });
    const text = JSON.stringify(body);
    expect(text).not.toContain('#/definitions/');
    expect(text).not.toContain('"additionalProperties":false');
    expect(text).toContain('"x-kubernetes-int-or-string":true');
  });

  it('makes a schema that agrees with the demo API’s own validation', async () => {
    const { body } = await api('GET', OPENAPI);
    setVirtualMachineSchema(virtualMachineSchemaFromOpenApi(body), { kubevirtVersion: 'v1.7.0' });
    const good = vm({});
    expect(validateVirtualMachine(good)).toEqual([]);
    expect((await api('POST', `${VMS}?dryRun=All&fieldValidation=Strict`, good)).status).toBe(201);

    const typo = vm({ evictionStrategyy: 'LiveMigrate' });
    expect(validateVirtualMachine(typo).map((f) => [f.code, f.path])).toEqual([
      ['SchemaUnknownField', '/spec/template/spec/evictionStrategyy'],
    ]);
    const rejected = await api('POST', `${VMS}?dryRun=All&fieldValidation=Strict`, typo);
    expect(rejected.status).toBe(400);
    expect(rejected.body.message).toContain('unknown field "spec.template.spec.evictionStrategyy"');
  });
});

describe('the KubeVirt object', () => {
  it('is kubevirt-hyperconverged in openshift-cnv, with its version, readable by every demo user', async () => {
    for (const user of [undefined, 'developer', 'viewer']) {
      const r = await client(srv.url, user)('GET', KUBEVIRTS);
      expect(r.status).toBe(200);
      expect(r.body.items.map((kv: any) => `${kv.metadata.namespace}/${kv.metadata.name}`)).toEqual(
        ['openshift-cnv/kubevirt-hyperconverged'],
      );
      expect(r.body.items[0].status.observedKubeVirtVersion).toBe('v1.7.0');
      expect(r.body.items[0].spec.configuration.developerConfiguration.featureGates).toEqual(
        expect.arrayContaining(['Snapshot']),
      );
    }
    expect(
      (
        await client(srv.url, 'developer')(
          'DELETE',
          `/apis/kubevirt.io/v1/namespaces/openshift-cnv/kubevirts/kubevirt-hyperconverged`,
        )
      ).status,
    ).toBe(403);
  });
});
