/**
 * This file defines `npm start`'s second step (after the build): it bundles the preview
 * server (emulator/preview/cli.ts) for Node and runs it. gas-local stays external: it loads
 * dist/Code.js into its own sandbox at run time, exactly as the tests do.
 */
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const outfile = path.join(ROOT, 'build/preview.cjs');
esbuild.buildSync({
  entryPoints: [path.join(ROOT, 'emulator/preview/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  external: ['gas-local', 'esbuild'],
  logLevel: 'warning',
});
process.env.MENTORPROGRAM_ROOT = ROOT;
require(outfile);
