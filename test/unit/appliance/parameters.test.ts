/* eslint-disable @typescript-eslint/no-explicit-any -- tests read deep into generated VMs */
import { load } from 'js-yaml';
import {
  ANNOTATION_PARAMETERS,
  completeAppliance,
  findingLocation,
  formatFinding,
  hasErrors,
  type Finding,
} from '../../../src/appliance';
import {
  groupByCategory,
  parseParameters,
  PARAMETER_TYPES,
} from '../../../src/appliance/parameters';
import { valueProblem } from '../../../src/appliance/parameters-values';
import { checkPattern } from '../../../src/appliance/parameters-pattern';
import { checkParameterAuthoring } from '../../../src/appliance/parameters-apply';
import { input } from './helpers';
import { webStack, withParameters } from './parameters-helpers';

const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const at = (findings: readonly Finding[], code: string) =>
  findings.filter((f) => f.code === code).map(findingLocation);
const complete = (ds: any, parameters: Record<string, unknown> = {}, over: any = {}) =>
  completeAppliance(input(ds, { choices: { parameters, ...over } }));
const userDataOf = (objects: any[]): string => {
  const vm = objects[objects.length - 1];
  const vol = vm.spec.template.spec.volumes.find((v: any) => v.cloudInitNoCloud);
  if (vol.cloudInitNoCloud.userData) return vol.cloudInitNoCloud.userData;
  const secret = objects.find((o) => o.metadata.name === vol.cloudInitNoCloud.secretRef.name);
  return secret.stringData.userdata;
};

describe('declarations (semantics §9)', () => {
  const one = (decl: Record<string, unknown>) => parseParameters(JSON.stringify([decl]));

  it('reads every type with its fields, defaults required false and secret true for passwords', () => {
    const parsed = parseParameters(
      webStack().metadata!.annotations![ANNOTATION_PARAMETERS] as string,
    );
    expect(parsed.findings).toEqual([]);
    expect(parsed.declarations.map((d) => d.type)).toEqual([
      'hostname',
      'string',
      'ssh-public-key',
      'password',
      'ipv4',
      'ipv4-cidr',
      'quantity',
      'integer',
      'boolean',
      'enum',
    ]);
    // The demo is the browser test's subject: it uses every type once.
    expect(new Set(parsed.declarations.map((d) => d.type))).toEqual(new Set(PARAMETER_TYPES));
    const db = parsed.declarations.find((d) => d.name === 'DB_PASSWORD')!;
    expect(db).toMatchObject({ secret: true, generate: true, required: false });
    expect(groupByCategory(parsed.declarations).map((g) => g.category)).toEqual([
      'System',
      'Database',
      'Web server',
    ]);
  });

  it.each([
    [{ name: 'lower', type: 'string' }, '/0/name'],
    [{ name: 'VM_NAME', type: 'string' }, '/0/name'],
    [{ name: 'X', type: 'text' }, '/0/type'],
    [{ name: 'X', type: 'password', default: 'shared' }, '/0/default'],
    [{ name: 'X', type: 'password', secret: false }, '/0/secret'],
    [{ name: 'X', type: 'string', generate: true }, '/0/generate'],
    [{ name: 'X', type: 'integer', default: 'many' }, '/0/default'],
    [{ name: 'X', type: 'integer', min: 5, max: 1 }, '/0/max'],
    [{ name: 'X', type: 'boolean', min: 1 }, '/0/min'],
    [{ name: 'X', type: 'quantity', max: 'lots' }, '/0/max'],
    [{ name: 'X', type: 'enum' }, '/0/values'],
    [{ name: 'X', type: 'enum', values: ['a', 'a'] }, '/0/values'],
    [{ name: 'X', type: 'string', values: ['a'] }, '/0/values'],
    [{ name: 'X', type: 'integer', pattern: '[0-9]+' }, '/0/pattern'],
    [{ name: 'X', type: 'string', pattern: '(' }, '/0/pattern'],
    [{ name: 'X', type: 'string', required: 'yes' }, '/0/required'],
    [{ name: 'X', type: 'string', colour: 'red' }, '/0/colour'],
    [{ name: 'X', type: 'hostname', default: 'Not_A_Host' }, '/0/default'],
  ])('refuses the invalid declaration %j at %s', (decl, path) => {
    const parsed = one(decl);
    expect(parsed.declarations).toEqual([]);
    expect(at(parsed.findings, 'ParameterDeclarationInvalid')).toContain(`parameters#${path}`);
  });

  it('refuses a name declared twice, a mapping instead of a list, and unreadable YAML', () => {
    const twice = parseParameters('[{name: A, type: string}, {name: A, type: integer}]');
    expect(at(twice.findings, 'ParameterDeclarationInvalid')).toEqual(['parameters#/1/name']);
    expect(codes(parseParameters('name: A').findings)).toEqual(['ParameterDeclarationInvalid']);
    expect(codes(parseParameters('[a: b: c').findings)).toEqual(['YamlSyntax']);
    expect(parseParameters('[a: b: c').findings[0].subject).toBe('parameters');
  });

  it('flags a pattern with catastrophic backtracking and never runs it', () => {
    expect(checkPattern('(a+)+b').problem).toBe('unsafe');
    expect(checkPattern('([a-z0-9-]+\\.)*[a-z]+').problem).toBe('unsafe');
    expect(checkPattern('[a-z]{2,8}').problem).toBeUndefined();
    const parsed = one({ name: 'X', type: 'string', pattern: '(a|a)*$' });
    expect(at(parsed.findings, 'ParameterDeclarationInvalid')).toEqual(['parameters#/0/pattern']);
    expect(parsed.findings[0].message).toMatch(/super-linear/);
  });
});

describe('values by type and constraint', () => {
  const decl = (over: Record<string, unknown>) =>
    parseParameters(JSON.stringify([{ name: 'X', ...over }])).declarations[0];

  it.each([
    [{ type: 'integer', min: 1, max: 16 }, '4', 4],
    [{ type: 'integer' }, 7, 7],
    [{ type: 'boolean' }, 'true', true],
    [{ type: 'boolean' }, false, false],
    [{ type: 'enum', values: ['a', 'b'] }, 'b', 'b'],
    [{ type: 'hostname' }, 'web-1', 'web-1'],
    [{ type: 'ipv4' }, '192.0.2.10', '192.0.2.10'],
    [{ type: 'ipv4-cidr' }, '10.0.0.0/8', '10.0.0.0/8'],
    [{ type: 'quantity', min: '1Gi', max: '4Gi' }, '2048Mi', '2048Mi'],
    [{ type: 'quantity' }, 512, '512'],
    [{ type: 'string', pattern: '[a-z]+', max: 5 }, 'abc', 'abc'],
    [{ type: 'password', min: 8 }, 'longenough', 'longenough'],
    [
      { type: 'ssh-public-key' },
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq1nT0pS3C9bHbS4Wq9H7iWmP3hYw8m1m0m6qQx3y3Z a@b',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq1nT0pS3C9bHbS4Wq9H7iWmP3hYw8m1m0m6qQx3y3Z a@b',
    ],
  ])('accepts %j = %j as %j', (over, raw, value) => {
    expect(valueProblem(decl(over), raw)).toEqual({ value });
  });

  it.each([
    [{ type: 'integer', min: 1, max: 16 }, '17', /from 1 to 16/],
    [{ type: 'integer' }, '1.5', /whole number/],
    [{ type: 'boolean' }, 'yes', /true or false/],
    [{ type: 'enum', values: ['a', 'b'] }, 'c', /one of: a, b/],
    [{ type: 'hostname' }, 'Web_1', /hostname/],
    [{ type: 'ipv4' }, '256.1.1.1', /IPv4 address/],
    [{ type: 'ipv4-cidr' }, '10.0.0.0/33', /IPv4 network/],
    [{ type: 'quantity', min: '1Gi' }, '512Mi', /at least 1Gi/],
    [{ type: 'quantity' }, 'big', /quantity/],
    [{ type: 'string', pattern: '[a-z]+' }, 'ABC', /pattern/],
    [{ type: 'string', min: 2, max: 3 }, 'abcd', /2 to 3 characters/],
    [{ type: 'password', min: 8 }, 'short', /at least 8 characters/],
    [{ type: 'ssh-public-key' }, 'not a key', /OpenSSH/],
    [{ type: 'string' }, 'two\nlines', /control character/],
  ])('refuses %j = %j, saying %s', (over, raw, reason) => {
    expect(valueProblem(decl(over), raw).problem?.english).toMatch(reason);
  });
});

describe('completion with parameters', () => {
  it('substitutes the web stack demo, records provenance without the secret, keeps it in a Secret', () => {
    const r = complete(webStack(), {
      HOSTNAME: 'shop-1',
      WORKERS: '4',
      TLS: true,
      PROFILE: 'throughput',
      DB_PASSWORD: 'db-secret-value-1',
    });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const vm: any = r.vm;
    expect(vm.metadata.annotations['web-stack.example.com/profile']).toBe('throughput');
    expect(JSON.parse(vm.metadata.annotations[ANNOTATION_PARAMETERS])).toEqual({
      HOSTNAME: 'shop-1',
      ADMIN_USER: 'webadmin',
      DB_HOST: '192.168.50.10',
      DB_CLIENTS: '192.168.50.0/24',
      CACHE_SIZE: '256Mi',
      WORKERS: 4,
      TLS: true,
      PROFILE: 'throughput',
    });
    expect(JSON.stringify(vm)).not.toContain('db-secret-value-1');
    const userData = userDataOf(r.objects);
    const config: any = load(userData);
    expect(config.hostname).toBe('shop-1');
    expect(config.users[0].name).toBe('webadmin');
    expect(config.write_files[0].content).toContain('DB_PASSWORD=db-secret-value-1');
    expect(config.write_files[0].content).toContain('WORKERS=4');
    const secrets = r.objects.filter((o) => o.kind === 'Secret');
    expect(JSON.stringify(secrets)).toContain('db-secret-value-1');
    expect(JSON.stringify(r.findings)).not.toContain('db-secret-value-1');
  });

  it('generates a password left empty, only inside the Secret', () => {
    const r = complete(webStack(), {}, { generatePassword: false });
    expect(r.generatedParameters).toEqual(['DB_PASSWORD']);
    const content = (load(userDataOf(r.objects)) as any).write_files[0].content as string;
    const password = /DB_PASSWORD=(\S+)/.exec(content)![1];
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(JSON.stringify(r.vm)).not.toContain(password);
  });

  it('reports an unknown name, a missing required value and a wrong type at parameters#/NAME', () => {
    const ds = withParameters(
      [
        { name: 'USER', type: 'string', required: true },
        { name: 'COUNT', type: 'integer', min: 1, max: 3 },
      ],
      '#cloud-config\nuser: ${USER}\ncount: ${{COUNT}}\n',
    );
    const r = complete(ds, { COUNT: '9', NOPE: 'x', VM_NAME: 'other' });
    expect(at(r.findings, 'ParameterUnknown')).toEqual(['parameters#/NOPE', 'parameters#/VM_NAME']);
    expect(at(r.findings, 'ParameterMissing')).toEqual(['parameters#/USER']);
    expect(at(r.findings, 'ParameterInvalid')).toEqual(['parameters#/COUNT']);
    expect(formatFinding(r.findings.find((f) => f.code === 'ParameterInvalid')!)).toMatch(
      /from 1 to 3/,
    );
    expect(hasErrors(r.findings)).toBe(true);
  });

  it('typed ${{NAME}} gives a number or boolean, $${NAME} a literal, built-ins are set', () => {
    const ds = withParameters([{ name: 'N', type: 'integer', default: 3 }], '#cloud-config\n', {
      metadata: {
        annotations: {
          count: '${N}',
          literal: '$${N} and ${VM_NAME}.${VM_NAMESPACE}',
        },
      },
      templateSpec: { terminationGracePeriodSeconds: '${{N}}' },
    });
    const vm: any = complete(ds).vm;
    expect(vm.spec.template.spec.terminationGracePeriodSeconds).toBe(3);
    expect(vm.metadata.annotations.count).toBe('3');
    expect(vm.metadata.annotations.literal).toBe('${N} and vm1.demo');
  });

  it('never substitutes into keys or names; an undeclared ${X} stays and is info', () => {
    const ds = withParameters(
      [{ name: 'N', type: 'string', default: 'v' }],
      '#cloud-config\nruncmd:\n  - echo ${HOME} ${N}\n',
      { metadata: { name: '${N}', labels: { '${N}': 'k' } } },
    );
    const r = complete(ds);
    const vm: any = r.vm;
    expect(vm.metadata.name).toBe('vm1');
    expect(vm.metadata.labels).toHaveProperty('${N}', 'k');
    expect(userDataOf(r.objects)).toContain('echo ${HOME} v');
    const info = r.findings.find((f) => f.code === 'ParameterUndeclared')!;
    expect(info.severity).toBe('info');
    expect(findingLocation(info)).toBe('parameters#/HOME');
  });

  it('a value that would change the cloud-config structure is an injection error', () => {
    const ds = withParameters(
      [{ name: 'HOST', type: 'string' }],
      '#cloud-config\nhostname: ${HOST}\n',
    );
    expect(codes(complete(ds, { HOST: 'web' }).findings)).not.toContain('ParameterInjection');
    for (const bad of ['[a, b]', '{a: 1}', 'x: y', 'a, b: [c]']) {
      const r = complete(ds, { HOST: bad });
      expect(at(r.findings, 'ParameterInjection')).toEqual(['parameters#/HOST']);
    }
  });

  it('a secret used outside cloud-init data is an error and never reaches the VM', () => {
    const ds = withParameters([{ name: 'KEY', type: 'string', secret: true }], '#cloud-config\n', {
      metadata: { annotations: { licence: '${KEY}' } },
    });
    const r = complete(ds, { KEY: 'licence-abc-123' });
    expect(at(r.findings, 'ParameterSecretOutsideCloudInit')).toEqual(['parameters#/KEY']);
    expect(JSON.stringify(r.objects)).not.toContain('licence-abc-123');
    expect(JSON.stringify(r.findings)).not.toContain('licence-abc-123');
  });

  it('warns about a declaration never used', () => {
    const ds = withParameters([{ name: 'IDLE', type: 'string' }], '#cloud-config\n');
    expect(at(complete(ds).findings, 'ParameterUnused')).toEqual(['parameters#/IDLE']);
  });

  it('a password parameter in the cloud-config password field is per VM, not a shared password', () => {
    const ds = withParameters(
      [{ name: 'PW', type: 'password', required: true }],
      '#cloud-config\npassword: ${PW}\n',
    );
    const r = complete(ds, { PW: 'per-vm-pass' });
    expect(codes(r.findings)).not.toContain('BoilerplatePasswordReplaced');
    expect((load(userDataOf(r.objects)) as any).password).toBe('per-vm-pass');
    expect(JSON.stringify(r.vm)).not.toContain('per-vm-pass');
  });
});

describe('authoring check', () => {
  it('checks declarations and the boilerplate together', () => {
    const ds = withParameters(
      [
        { name: 'USED', type: 'string' },
        { name: 'IDLE', type: 'string' },
        { name: 'PW', type: 'password' },
        { name: 'bad', type: 'string' },
      ],
      '#cloud-config\na: ${USED}\nb: ${OTHER}\n',
      { metadata: { annotations: { pw: '${PW}' } } },
    );
    const boilerplate = load(ds.metadata!.annotations!['appliance.kubevirt.io/vm-spec']);
    const findings = checkParameterAuthoring(boilerplate, ds);
    expect(findings.map((f) => [f.severity, f.code, findingLocation(f)])).toEqual(
      expect.arrayContaining([
        ['error', 'ParameterDeclarationInvalid', 'parameters#/3/name'],
        ['info', 'ParameterUndeclared', 'parameters#/OTHER'],
        ['error', 'ParameterSecretOutsideCloudInit', 'parameters#/PW'],
        ['warning', 'ParameterUnused', 'parameters#/IDLE'],
      ]),
    );
  });
});

describe('pattern check is bounded by work', () => {
  it('clears the demo pattern and a DNS-subdomain pattern, flags the nested repetitions', () => {
    expect(checkPattern('[a-z_][a-z0-9_-]*').problem).toBeUndefined();
    expect(
      checkPattern('[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*').problem,
    ).toBeUndefined();
    expect(checkPattern('(\\w+\\s?)*').problem).toBe('unsafe');
    expect(checkPattern('x'.repeat(501)).problem).toBe('too-long');
  });
});
