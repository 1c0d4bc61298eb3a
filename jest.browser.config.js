/** This file defines the browser test run: the preview in Debian's Chromium via playwright-core. */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testPathIgnorePatterns: ['/node_modules/'],
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  testTimeout: 60000,
};
