/**
 * This file defines the benchmark runner: `npm run bench` runs every bench/*.ts, and
 * `npm run bench:<name>` (or `node scripts/bench.cjs <name>`) runs bench/<name>.ts. Each
 * benchmark is bundled with esbuild for Node and run in its own process with --expose-gc,
 * so its memory figures are its own. Benchmarks print figures; they never assert timings.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'build/bench');

/** `name` or `name:part`; the part is passed to the benchmark as its first argument. */
function runBench(spec) {
  const [name, ...part] = spec.split(':');
  const entry = path.join(ROOT, 'bench', `${name}.ts`);
  if (!fs.existsSync(entry)) throw new Error(`No benchmark named "${name}" (expected ${entry})`);
  const outfile = path.join(OUT, `${name}.cjs`);
  esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external: ['gas-local'],
    logLevel: 'warning',
  });
  console.log(`\n=== bench/${name}.ts ===`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', outfile, ...part], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  if (result.status !== 0) throw new Error(`bench/${name}.ts exited with ${result.status}`);
}

const wanted = process.argv.slice(2);
const names = wanted.length
  ? wanted
  : fs
      .readdirSync(path.join(ROOT, 'bench'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
async function main() {
  if (!wanted.length && (names.includes('intake') || names.includes('workbench') || names.includes('deployments'))) {
    // The intake and workbench benchmarks load dist/, so build it first.
    await require('./build.cjs').build();
  }
  for (const name of names) runBench(name);
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
