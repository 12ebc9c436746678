/** Unit and component tests. Browser tests are Playwright's (playwright.config.ts). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  globalSetup: '<rootDir>/test/unit/global-setup.js',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.node.json', diagnostics: { warnOnly: false } },
    ],
  },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/test/unit/style-stub.js',
  },
};
