import * as fs from 'fs';
import * as path from 'path';

// Checks the production build that `npm test` makes before the unit tests (npm run build).
const root = path.resolve(__dirname, '../../..');
const dist = path.join(root, 'dist');
const manifestFile = path.join(dist, 'plugin-manifest.json');

const readManifest = () => {
  if (!fs.existsSync(manifestFile)) {
    throw new Error(
      'dist/plugin-manifest.json is missing: run `npm run build` before the unit tests',
    );
  }
  return JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
};

describe('production build', () => {
  it('writes a manifest whose extensions match console-extensions.json', () => {
    const manifest = readManifest();
    const extensions = JSON.parse(
      fs.readFileSync(path.join(root, 'console-extensions.json'), 'utf8'),
    );
    expect(manifest.name).toBe('kubevirt-appliance-plugin');
    expect(manifest.extensions).toEqual(extensions);
    expect(manifest.dependencies).toEqual({ '@console/pluginAPI': '>=4.22.0-0' });
  });

  it('lists load scripts that exist, starting with the plugin entry', () => {
    const manifest = readManifest();
    expect(manifest.loadScripts.length).toBeGreaterThan(0);
    expect(manifest.loadScripts[0]).toMatch(/^plugin-entry(\.[0-9a-f]+\.min)?\.js$/);
    for (const script of manifest.loadScripts) {
      expect(fs.existsSync(path.join(dist, script))).toBe(true);
    }
  });

  it('keeps the entry tiny, since the console loads it at start-up', () => {
    const manifest = readManifest();
    const size = fs.statSync(path.join(dist, manifest.loadScripts[0])).size;
    expect(size).toBeLessThan(30 * 1024);
  });

  it('ships source maps and the English translations', () => {
    const manifest = readManifest();
    expect(fs.existsSync(path.join(dist, `${manifest.loadScripts[0]}.map`))).toBe(true);
    const locale = path.join(dist, 'locales/en/plugin__kubevirt-appliance-plugin.json');
    expect(JSON.parse(fs.readFileSync(locale, 'utf8'))).toHaveProperty('Appliances', 'Appliances');
  });

  it('consumes the modules the console shares instead of bundling them', () => {
    const manifest = readManifest();
    const entry = fs.readFileSync(path.join(dist, manifest.loadScripts[0]), 'utf8');
    for (const shared of ['react', '@openshift-console/dynamic-plugin-sdk', 'react-i18next']) {
      // Boolean assertions: printing a minified bundle on failure helps nobody.
      expect({ shared, consumed: entry.includes(`"default","${shared}"`) }).toEqual({
        shared,
        consumed: true,
      });
    }
  });
});
