import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const extensions: Array<{ type: string; properties: Record<string, unknown> }> = JSON.parse(
  fs.readFileSync(path.join(root, 'console-extensions.json'), 'utf8'),
);

/** Every `{ $codeRef: "Module.export" }` anywhere in an extension's properties. */
const codeRefs = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(codeRefs);
  if (value && typeof value === 'object') {
    const ref = (value as { $codeRef?: unknown }).$codeRef;
    if (typeof ref === 'string') return [ref];
    return Object.values(value).flatMap(codeRefs);
  }
  return [];
};

const resolveModule = (modulePath: string): string => {
  const base = path.resolve(root, 'src', modulePath);
  const candidates = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext);
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found)
    throw new Error(
      `exposed module ${modulePath} has no source file (tried ${candidates.join(', ')})`,
    );
  return found;
};

/** Names a module exports (`default` included), read with the TypeScript compiler. */
const exportsOf = (file: string): Set<string> => {
  const program = ts.createProgram([file], {
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noResolve: false,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`cannot read ${file}`);
  const symbol = checker.getSymbolAtLocation(source);
  return new Set(symbol ? checker.getExportsOfModule(symbol).map((s) => s.getName()) : []);
};

describe('plugin metadata', () => {
  it('uses the consolePlugin name as the package name', () => {
    expect(pkg.consolePlugin.name).toBe('kubevirt-appliance-plugin');
    expect(pkg.name).toBe(pkg.consolePlugin.name);
  });

  it('declares the console API it needs and a display name', () => {
    expect(pkg.consolePlugin.dependencies['@console/pluginAPI']).toBe('>=4.22.0-0');
    expect(pkg.consolePlugin.displayName).toBe('KubeVirt Appliances');
    expect(pkg.consolePlugin.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('pins every dependency to an exact version', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies } as Record<string, string>;
    const loose = Object.entries(all).filter(([, v]) => !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(v));
    expect(loose).toEqual([]);
  });

  it('has at least one extension with a code reference', () => {
    expect(extensions.flatMap((e) => codeRefs(e.properties)).length).toBeGreaterThan(0);
  });

  const exposed: Record<string, string> = pkg.consolePlugin.exposedModules;
  const refs = [...new Set(extensions.flatMap((e) => codeRefs(e.properties)))];
  const exportCache = new Map<string, Set<string>>();

  it.each(refs)('code reference %s names an exposed module and an existing export', (ref) => {
    const [moduleName, exportName = 'default'] = ref.split('.');
    expect(Object.keys(exposed)).toContain(moduleName);
    const file = resolveModule(exposed[moduleName]);
    if (!exportCache.has(file)) exportCache.set(file, exportsOf(file));
    expect([...(exportCache.get(file) ?? [])]).toContain(exportName);
  });

  it('labels every navigation item through the plugin i18n namespace', () => {
    const named = extensions.filter((e) => e.type.startsWith('console.navigation/'));
    expect(named.length).toBeGreaterThan(0);
    for (const e of named) {
      expect(String(e.properties.name)).toMatch(/^%plugin__kubevirt-appliance-plugin~.+%$/);
    }
  });

  it('places the Appliances section after Virtualization in the admin perspective', () => {
    const section = extensions.find((e) => e.type === 'console.navigation/section');
    expect(section?.properties).toMatchObject({
      id: 'appliances',
      perspective: 'admin',
      insertAfter: 'virtualization',
    });
  });

  it('offers namespaced and all-namespaces routes for each page', () => {
    const routes = extensions
      .filter((e) => e.type === 'console.page/route')
      .flatMap((e) => e.properties.path as string[]);
    for (const page of ['appliance-catalog', 'appliance-lifecycle']) {
      expect(routes).toContain(`/k8s/ns/:ns/${page}`);
      expect(routes).toContain(`/k8s/all-namespaces/${page}`);
    }
  });
});
