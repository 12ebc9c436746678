/* eslint-disable @typescript-eslint/no-explicit-any -- tests read deep into generated VMs */
import fc from 'fast-check';
import { load } from 'js-yaml';
import { ANNOTATION_PARAMETERS, completeAppliance, formatFinding } from '../../../src/appliance';
import { sameShape } from '../../../src/appliance/parameters-cloudinit';
import { input } from './helpers';
import { withParameters } from './parameters-helpers';

/**
 * Properties of §9: whatever value is given, of any type, the key structure of the VM and of its
 * cloud-config is the one the boilerplate has; and no secret value appears in the VM or a finding.
 */

const TYPES = ['string', 'hostname', 'ipv4', 'quantity', 'enum', 'integer', 'boolean'] as const;
const declarations = [
  ...TYPES.map((type) => ({
    name: `P_${type.toUpperCase()}`,
    type,
    ...(type === 'enum' ? { values: ['a', 'b'] } : {}),
  })),
  { name: 'SECRET', type: 'password' },
];
const userData = [
  '#cloud-config',
  ...TYPES.map((t) => `${t}: \${P_${t.toUpperCase()}}`),
  'list:',
  '  - ${P_STRING}',
  'nested:',
  '  quoted: "${P_STRING}"',
  'secret: ${SECRET}',
  '',
].join('\n');
const ds = withParameters(declarations, userData, {
  metadata: { annotations: { a: '${P_STRING}', b: '${{P_INTEGER}}', c: '${{P_BOOLEAN}}' } },
});

/** Keys and nesting, scalars reduced to their kind's absence (what structure means here). */
const keys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(keys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => k !== ANNOTATION_PARAMETERS)
            .map(([k, x]) => [k, keys(x)]),
        )
      : 0;

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('[a, b]', '{a: 1}', 'x: y', '- z', '"', "'", '#', '&a', '*a', '!!str', '|', '>'),
  fc.integer().map(String),
  fc.boolean(),
  fc.integer(),
);
const valuesArb = fc.record(
  Object.fromEntries([...declarations.map((d) => [d.name, hostile])]) as Record<
    string,
    typeof hostile
  >,
);

const userDataOf = (objects: any[]): string | undefined => {
  const vm = objects[objects.length - 1];
  const source = vm.spec.template.spec.volumes[0].cloudInitNoCloud;
  if (typeof source.userData === 'string') return source.userData;
  return objects.find((o) => o.metadata.name === source.secretRef?.name)?.stringData.userdata;
};

const baseline = completeAppliance(
  input(ds, {
    choices: {
      generatePassword: false,
      parameters: {
        P_STRING: 's',
        P_HOSTNAME: 'h',
        P_IPV4: '10.0.0.1',
        P_QUANTITY: '1Gi',
        P_ENUM: 'a',
        P_INTEGER: '1',
        P_BOOLEAN: 'true',
        SECRET: 'baseline-secret',
      },
    },
  }),
);

describe('parameters: properties', () => {
  it('no value of any type changes the key structure of the VM or of its cloud-config', () => {
    const vmShape = keys(baseline.vm);
    const configShape = load(userDataOf(baseline.objects) as string);
    fc.assert(
      fc.property(valuesArb, (values) => {
        const r = completeAppliance(
          // A valid secret, so its cloud-init data always moves into a Secret as in the baseline.
          input(ds, {
            choices: { generatePassword: false, parameters: { ...values, SECRET: 'a-secret' } },
          }),
        );
        expect(keys(r.vm)).toEqual(vmShape);
        const text = userDataOf(r.objects);
        if (r.findings.some((f) => f.code === 'ParameterInjection')) return;
        // Either the value was refused (the text keeps its reference) or the shape is kept.
        let parsed: unknown;
        try {
          parsed = load(text ?? '', { json: true });
        } catch {
          throw new Error(`cloud-config unreadable without an injection finding: ${text}`);
        }
        expect(sameShape(configShape, parsed)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('no secret value appears anywhere in the VM object or in a finding', () => {
    fc.assert(
      fc.property(valuesArb, fc.stringMatching(/^[A-Za-z0-9!@%^*-]{12,24}$/), (values, secret) => {
        const r = completeAppliance(
          input(ds, { choices: { parameters: { ...values, SECRET: secret } } }),
        );
        expect(JSON.stringify(r.vm)).not.toContain(secret);
        expect(JSON.stringify(r.findings)).not.toContain(secret);
        expect(r.findings.map(formatFinding).join('\n')).not.toContain(secret);
        for (const o of r.objects.slice(0, -1)) expect(o.kind).toBe('Secret');
      }),
      { numRuns: 200 },
    );
  });
});
