import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '..', '..', '..');
const SDK = '@openshift-console/dynamic-plugin-sdk';

/** Runtime (value) exports of the real SDK, from its own declaration files. */
const sdkValueExports = (): Set<string> => {
  const probe = path.join(root, 'test', 'unit', 'preview', '__sdk_probe__.ts');
  const host = ts.createCompilerHost({});
  const original = host.getSourceFile;
  host.getSourceFile = (file, lang, ...rest) =>
    path.resolve(file) === probe
      ? ts.createSourceFile(file, `export * as sdk from '${SDK}';`, lang)
      : original.call(host, file, lang, ...rest);
  host.fileExists = (
    (orig) => (f: string) =>
      path.resolve(f) === probe || orig(f)
  )(host.fileExists);
  const program = ts.createProgram(
    [probe],
    { moduleResolution: ts.ModuleResolutionKind.Node10, skipLibCheck: true, noEmit: true },
    host,
  );
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(probe);
  const resolved = ts.resolveModuleName(
    SDK,
    probe,
    { moduleResolution: ts.ModuleResolutionKind.Node10 },
    host,
  );
  const sdkFile =
    resolved.resolvedModule && program.getSourceFile(resolved.resolvedModule.resolvedFileName);
  if (!source || !sdkFile) throw new Error(`Cannot resolve ${SDK} declarations`);
  const moduleSymbol = checker.getSymbolAtLocation(sdkFile);
  if (!moduleSymbol) throw new Error(`No module symbol for ${SDK}`);
  const names = new Set<string>();
  for (const sym of checker.getExportsOfModule(moduleSymbol)) {
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    if (target.flags & ts.SymbolFlags.Value) names.add(sym.getName());
  }
  return names;
};

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });

type Use = { name: string; file: string };

/** Names the plugin imports from the SDK without `type`, and any deep import into the SDK package. */
const pluginImports = (): { uses: Use[]; deep: string[] } => {
  const uses: Use[] = [];
  const deep: string[] = [];
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const sf = ts.createSourceFile(
      file,
      fs.readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const rel = path.relative(root, file);
    sf.forEachChild((node) => {
      if (!ts.isImportDeclaration(node) || !ts.isStringLiteral(node.moduleSpecifier)) return;
      const spec = node.moduleSpecifier.text;
      if (spec.startsWith(`${SDK}/`)) deep.push(`${rel}: ${spec}`);
      if (spec !== SDK) return;
      const clause = node.importClause;
      if (!clause || clause.isTypeOnly) return;
      if (clause.name) uses.push({ name: 'default', file: rel });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) uses.push({ name: '*', file: rel });
      if (bindings && ts.isNamedImports(bindings)) {
        bindings.elements
          .filter((el) => !el.isTypeOnly)
          .forEach((el) => uses.push({ name: (el.propertyName ?? el.name).text, file: rel }));
      }
    });
  }
  return { uses, deep };
};

/** Names exported by preview/sdk/index.ts (the stand-in's implemented surface). */
const standInExports = (): Set<string> => {
  const file = path.join(root, 'preview', 'sdk', 'index.ts');
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names = new Set<string>();
  sf.forEachChild((node) => {
    if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
      node.exportClause.elements.forEach((el) => names.add(el.name.text));
    }
  });
  return names;
};

describe('the preview SDK stand-in', () => {
  const sdk = sdkValueExports();
  const standIn = standInExports();

  it('reads the real SDK export list', () => {
    // Sanity: if this list were empty every other check would pass vacuously.
    expect(sdk.has('useK8sWatchResource')).toBe(true);
    expect(sdk.has('k8sCreate')).toBe(true);
    expect(sdk.has('K8sResourceCommon')).toBe(false);
  });

  it('implements every SDK value the plugin imports', () => {
    const { uses } = pluginImports();
    const values = uses.filter((u) => u.name === '*' || u.name === 'default' || sdk.has(u.name));
    const missing = values
      .filter((u) => !standIn.has(u.name))
      .map((u) => `${u.name} (imported by ${u.file})`);
    expect(missing).toEqual([]);
  });

  it('does not import SDK internals by path', () => {
    expect(pluginImports().deep).toEqual([]);
  });

  it('exports only names the real SDK has (no typos, no inventions)', () => {
    const invented = [...standIn].filter((n) => !sdk.has(n));
    expect(invented).toEqual([]);
  });
});
