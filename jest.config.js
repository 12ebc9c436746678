/** Unit and component tests. Browser tests are Playwright's (playwright.config.ts). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  globalSetup: '<rootDir>/test/unit/global-setup.js',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // test/conformance reads material outside the repository: npm run test:conformance -- DIR.
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/conformance/'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.node.json', diagnostics: { warnOnly: false } },
    ],
  },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/test/unit/style-stub.js',
    // The plugin imports the extension's ES modules; jest runs its CommonJS build.
    '^@patternfly/react-catalog-view-extension/dist/esm/(.*)$':
      '<rootDir>/node_modules/@patternfly/react-catalog-view-extension/dist/js/$1',
  },
};
