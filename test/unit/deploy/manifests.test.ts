import * as fs from 'fs';
import * as path from 'path';
import { load } from 'js-yaml';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = path.resolve(__dirname, '../../..');
const deployDir = path.join(root, 'deploy');
const read = (file: string): Obj =>
  load(fs.readFileSync(path.join(deployDir, file), 'utf8')) as Obj;

const kustomization = read('kustomization.yaml');
const resources: Obj[] = (kustomization.resources as string[]).map(read);
const byKind = (kind: string): Obj => {
  const found = resources.filter((r) => r.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
};
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const pluginName: string = pkg.consolePlugin.name;

describe('deploy/ manifests', () => {
  const plugin = byKind('ConsolePlugin');
  const service = byKind('Service');
  const deployment = byKind('Deployment');
  const configMap = byKind('ConfigMap');
  const namespace = byKind('Namespace');
  const container = deployment.spec.template.spec.containers[0];

  it('lists only files that exist in the kustomization', () => {
    for (const file of kustomization.resources) {
      expect(fs.existsSync(path.join(deployDir, file))).toBe(true);
    }
  });

  it('declares the ConsolePlugin under the package name, preloading translations', () => {
    expect(plugin.apiVersion).toBe('console.openshift.io/v1');
    expect(plugin.metadata.name).toBe(pluginName);
    expect(plugin.spec.displayName).toBe(pkg.consolePlugin.displayName);
    expect(plugin.spec.i18n).toEqual({ loadType: 'Preload' });
  });

  it('points the ConsolePlugin at the Service on 9443', () => {
    expect(plugin.spec.backend.type).toBe('Service');
    expect(plugin.spec.backend.service).toMatchObject({
      name: service.metadata.name,
      namespace: service.metadata.namespace,
      port: 9443,
    });
    expect(service.spec.ports.map((p: Obj) => p.port)).toContain(9443);
  });

  it('keeps everything namespaced in the plugin namespace', () => {
    for (const r of [service, deployment, configMap]) {
      expect(r.metadata.namespace).toBe(namespace.metadata.name);
    }
  });

  it('selects the Deployment pods with the Service', () => {
    const podLabels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(
      expect.objectContaining(service.spec.selector),
    );
    for (const [k, v] of Object.entries(service.spec.selector)) expect(podLabels[k]).toBe(v);
  });

  it('serves TLS from the serving-cert Secret the Service asks for', () => {
    const secretName =
      service.metadata.annotations['service.beta.openshift.io/serving-cert-secret-name'];
    expect(secretName).toBeTruthy();
    const certVolume = deployment.spec.template.spec.volumes.find((v: Obj) => v.secret);
    expect(certVolume.secret.secretName).toBe(secretName);
    const mount = container.volumeMounts.find((m: Obj) => m.name === certVolume.name);
    const conf: string = configMap.data['nginx.conf'];
    expect(conf).toContain(`ssl_certificate ${mount.mountPath}/tls.crt;`);
    expect(conf).toContain(`ssl_certificate_key ${mount.mountPath}/tls.key;`);
  });

  it('mounts the nginx config from the ConfigMap and listens on the container port', () => {
    const confVolume = deployment.spec.template.spec.volumes.find((v: Obj) => v.configMap);
    expect(confVolume.configMap.name).toBe(configMap.metadata.name);
    const port = container.ports.find((p: Obj) => p.name === service.spec.ports[0].targetPort);
    expect(port.containerPort).toBe(9443);
    expect(configMap.data['nginx.conf']).toMatch(/listen 9443 ssl;/);
  });

  it('runs as non-root with probes and resource requests', () => {
    expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
    expect(container.readinessProbe.httpGet.scheme).toBe('HTTPS');
    expect(container.livenessProbe.httpGet.scheme).toBe('HTTPS');
    expect(container.resources.requests).toEqual(
      expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }),
    );
  });

  it('lets kustomize set the image', () => {
    expect(kustomization.images).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: container.image })]),
    );
  });

  it('serves from the directory the Dockerfile copies dist/ into', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const rootDir = /^\s*root\s+(\S+);/m.exec(configMap.data['nginx.conf'])?.[1];
    expect(rootDir).toBeTruthy();
    expect(dockerfile).toContain(`COPY --from=build /usr/src/app/dist ${rootDir}`);
    expect(dockerfile).toMatch(/^USER 1001$/m);
  });
});
