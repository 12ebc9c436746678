// Builds what the unit tests run as processes (the CLI in dist-cli/, from the generated schema) once,
// before any worker starts, when it is missing or older than its sources. Doing it here rather than
// in each test file keeps two workers from rebuilding (and deleting) dist-cli/ under each other.
const { execFileSync } = require('child_process');
const { existsSync, readdirSync, statSync } = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist-cli/cli/main.js');

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const p = path.join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

module.exports = async () => {
  execFileSync('npm', ['run', '--silent', 'build:schema'], { cwd: ROOT, stdio: 'inherit' });
  const sources = Math.max(
    ...['cli', 'appliance', 'schema', 'findings', 'lifecycle'].map((d) =>
      newest(path.join(ROOT, 'src', d)),
    ),
  );
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= sources) return;
  console.log('\nBuilding the CLI (dist-cli/) for the tests...');
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
};
