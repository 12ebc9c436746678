import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script, as npm test runs it
const { plan, prerequisites } = require('../../../scripts/test-prerequisites.js');

const SCRIPT = path.resolve(__dirname, '../../../scripts/test-prerequisites.js');
const item = (name: string, found?: string, env?: string) => ({
  name,
  pkg: name.toLowerCase(),
  why: `the ${name} tests`,
  env,
  found,
});

describe('npm test prerequisites', () => {
  it('does nothing when everything is there', () => {
    expect(
      plan([item('Chromium', '/usr/bin/chromium')], { isRoot: false, aptGet: undefined }),
    ).toEqual({ action: 'none' });
  });

  it('installs only what is missing, as root with apt-get', () => {
    const items = [item('Chromium'), item('nginx', '/usr/sbin/nginx'), item('openssl')];
    expect(plan(items, { isRoot: true, aptGet: '/usr/bin/apt-get' })).toEqual({
      action: 'install',
      packages: ['chromium', 'openssl'],
    });
  });

  it('stops with the one command to run when it is not root', () => {
    const next = plan([item('Chromium', undefined, 'CHROME_PATH')], {
      isRoot: false,
      aptGet: '/usr/bin/apt-get',
    });
    expect(next.action).toBe('stop');
    expect(next.message).toContain('Run: sudo apt-get install -y chromium');
    expect(next.message).toContain('not running as root');
    expect(next.message).toContain('CHROME_PATH');
  });

  it('stops with the command when there is no apt-get', () => {
    const next = plan([item('nginx'), item('openssl')], { isRoot: true, aptGet: undefined });
    expect(next).toEqual({
      action: 'stop',
      message: expect.stringContaining('Run: apt-get install -y nginx openssl'),
    });
    expect(next.message).toContain('apt-get is not available');
  });

  it('looks where the tests look: CHROME_PATH and NGINX_PATH first', () => {
    const found = prerequisites({
      CHROME_PATH: process.execPath,
      NGINX_PATH: '/no/such/nginx',
      PATH: '',
    });
    expect(found.find((i: { pkg: string }) => i.pkg === 'chromium').found).toBe(process.execPath);
    expect(found.find((i: { pkg: string }) => i.pkg === 'nginx').found).toBeUndefined();
    expect(found.find((i: { pkg: string }) => i.pkg === 'openssl').found).toBeUndefined();
  });

  it('as a process, fails at once naming the command when it cannot install', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-tools-'));
    try {
      const r = spawnSync(process.execPath, [SCRIPT], {
        env: { PATH: empty, NGINX_PATH: path.join(empty, 'nginx') },
        encoding: 'utf8',
        timeout: 10_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Run: (sudo )?apt-get install -y nginx openssl/);
      expect(r.stdout).toBe('');
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
