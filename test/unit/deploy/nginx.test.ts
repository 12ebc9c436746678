import { execFileSync, spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as https from 'https';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { load } from 'js-yaml';

// Runs Debian's nginx with the shipped config (paths swapped for a temporary place) and a throw-away
// self-signed certificate, and checks what the console will fetch. `.ci/run` installs nginx and openssl.
const root = path.resolve(__dirname, '../../..');
const dist = path.join(root, 'dist');
const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const get = (port: number, urlPath: string) =>
  new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    const req = https.get(
      { host: '127.0.0.1', port, path: urlPath, rejectUnauthorized: false },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
  });

describe('nginx serving dist/ with the shipped config', () => {
  let dir: string;
  let port: number;
  let nginx: ChildProcess | undefined;
  let manifest: { loadScripts: string[] };

  beforeAll(async () => {
    if (!fs.existsSync(NGINX)) {
      throw new Error(`nginx not found at ${NGINX}: apt-get install -y nginx (or set NGINX_PATH)`);
    }
    if (!fs.existsSync(path.join(dist, 'plugin-manifest.json'))) {
      throw new Error('dist/ is missing: run npm run build first');
    }
    manifest = JSON.parse(fs.readFileSync(path.join(dist, 'plugin-manifest.json'), 'utf8'));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kap-nginx-'));
    port = await freePort();
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        path.join(dir, 'tls.key'),
        '-out',
        path.join(dir, 'tls.crt'),
      ],
      { stdio: 'ignore' },
    );
    const configMap = load(fs.readFileSync(path.join(root, 'deploy/configmap.yaml'), 'utf8')) as {
      data: Record<string, string>;
    };
    // The temporary directory may itself be under /tmp: swap /tmp/ first.
    const conf = configMap.data['nginx.conf']
      .replaceAll('/tmp/', `${dir}/`)
      .replace(/listen 9443 ssl;/, `listen 127.0.0.1:${port} ssl;`)
      .replace(/^\s*listen \[::\]:9443 ssl;$/m, '')
      .replaceAll('/var/cert/', `${dir}/`)
      .replace(/root \/usr\/share\/nginx\/html;/, `root ${dist};`);
    expect(conf).not.toContain('9443');
    fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
    // A file, not a pipe: node's pipes are sockets, and nginx cannot open /dev/stderr on a socket.
    const logFile = path.join(dir, 'nginx.log');
    const log = fs.openSync(logFile, 'w');
    nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: ['ignore', log, log],
    });
    fs.closeSync(log);
    const stderr = () => fs.readFileSync(logFile, 'utf8');
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        await get(port, '/healthz');
        break;
      } catch (e) {
        if (nginx.exitCode !== null || Date.now() > deadline) {
          throw new Error(`nginx did not start: ${stderr() || e}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, 30_000);

  afterAll(() => {
    nginx?.kill('SIGTERM');
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers the readiness and liveness probe path', async () => {
    const res = await get(port, '/healthz');
    expect(res.status).toBe(200);
  });

  it('serves plugin-manifest.json as JSON, not cached, with nosniff', async () => {
    const res = await get(port, '/plugin-manifest.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(res.body).name).toBe('kubevirt-appliance-plugin');
  });

  it('serves the plugin entry as JavaScript with nosniff', async () => {
    const res = await get(port, `/${manifest.loadScripts[0]}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/javascript/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the translations as JSON', async () => {
    const res = await get(port, '/locales/en/plugin__kubevirt-appliance-plugin.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('answers 404 for what is not there', async () => {
    expect((await get(port, '/nothing-here.js')).status).toBe(404);
  });
});
