/**
 * This file defines `npm run deploy`: the same checks CI runs (npm test), a fresh build,
 * then `clasp push` of dist/ to the Apps Script project named in .clasp.json.
 */
const fs = require('node:fs');
const path = require('node:path');
const { execSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const clasp = JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8'));
if (!clasp.scriptId || clasp.scriptId.startsWith('REPLACE_')) {
  console.error('No Apps Script project yet: .clasp.json has no scriptId. See "Deploying to Google" in README.md.');
  process.exit(1);
}
const run = (cmd) => execSync(cmd, { cwd: ROOT, stdio: 'inherit' });
run('npm test');
run('node scripts/build.cjs');
run('npx clasp push --force');
