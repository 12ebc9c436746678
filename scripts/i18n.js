#!/usr/bin/env node
// @ts-check
// Extracts every translatable string into locales/en/plugin__kubevirt-appliance-plugin.json.
// Sources: `t('…')` calls in React code, `msg('…')` markers in the pure core (which cannot call t()),
// and `%plugin__kubevirt-appliance-plugin~Text%` labels in console-extensions.json.
// The TypeScript compiler parses the sources, so strings in comments or templates are never picked up by accident.
// `--check` fails (exit 1) when the file is out of date instead of writing it.
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const NAMESPACE = 'plugin__kubevirt-appliance-plugin';
const root = path.resolve(__dirname, '..');
const localeFile = path.join(root, 'locales', 'en', `${NAMESPACE}.json`);
const CALLEES = new Set(['t', 'msg']);

/**
 * @param {string} dir
 * @returns {string[]}
 */
const sourceFiles = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [full] : [];
  });

/**
 * @param {import('typescript').Expression} expr
 * @returns {string | undefined}
 */
const calleeName = (expr) => {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text; // i18n.t('…')
  return undefined;
};

/**
 * @param {string} file
 * @param {string[]} problems
 * @returns {string[]}
 */
const keysOfFile = (file, problems) => {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  /** @type {string[]} */
  const keys = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (ts.isCallExpression(node) && CALLEES.has(calleeName(node.expression) ?? '')) {
      const [first] = node.arguments;
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
        keys.push(first.text);
      } else if (calleeName(node.expression) === 'msg') {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        problems.push(`${path.relative(root, file)}:${line + 1}: msg() needs a string literal`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
};

const extensionKeys = () => {
  const text = fs.readFileSync(path.join(root, 'console-extensions.json'), 'utf8');
  const pattern = new RegExp(`%${NAMESPACE}~([^%]+)%`, 'g');
  return [...text.matchAll(pattern)].map((m) => m[1]);
};

const main = () => {
  /** @type {string[]} */
  const problems = [];
  const keys = new Set(extensionKeys());
  for (const file of sourceFiles(path.join(root, 'src'))) {
    for (const key of keysOfFile(file, problems)) keys.add(key);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const sorted = [...keys].sort((a, b) => a.localeCompare(b, 'en'));
  const json = `${JSON.stringify(Object.fromEntries(sorted.map((k) => [k, k])), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(localeFile) ? fs.readFileSync(localeFile, 'utf8') : '';
    if (current !== json) {
      const have = new Set(Object.keys(current ? JSON.parse(current) : {}));
      const missing = sorted.filter((k) => !have.has(k));
      const stale = [...have].filter((k) => !keys.has(k));
      console.error(
        `${path.relative(root, localeFile)} is out of date: run npm run i18n and commit the result.`,
      );
      if (missing.length)
        console.error(`  missing: ${missing.map((k) => JSON.stringify(k)).join(', ')}`);
      if (stale.length)
        console.error(`  unused: ${stale.map((k) => JSON.stringify(k)).join(', ')}`);
      process.exit(1);
    }
    console.log(`${path.relative(root, localeFile)} is up to date (${sorted.length} keys).`);
    return;
  }
  fs.mkdirSync(path.dirname(localeFile), { recursive: true });
  fs.writeFileSync(localeFile, json);
  console.log(`wrote ${path.relative(root, localeFile)} (${sorted.length} keys)`);
};

main();
