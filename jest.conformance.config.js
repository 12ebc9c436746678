/**
 * The conformance tests: the project against upstream KubeVirt/CDI manifests and the seed document,
 * which live outside the repository. Run through `npm run test:conformance -- DIR`
 * (scripts/conformance.js checks DIR and hands it over in CONFORMANCE_DIR).
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/conformance/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
};
