// Two projects: `server` (handlers on a real database, gateway over HTTP, units) and
// `e2e` (the built H5 app in Debian's Chromium). `npm test` runs both after the type check.
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
}
const common = {
  transform,
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/tests/helpers/env.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
}
module.exports = {
  projects: [
    { ...common, displayName: 'server', testMatch: ['<rootDir>/tests/{server,gateway}/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
}
