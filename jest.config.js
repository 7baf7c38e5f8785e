/** One Jest config for every suite; tests live in test/, mirroring the source tree. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@gig/shared$': '<rootDir>/shared/src/index.ts',
    '^@gig/server/(.*)$': '<rootDir>/server/src/$1',
  },
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
};
