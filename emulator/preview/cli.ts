/**
 * This file defines `npm start`'s server process: it builds the demo program in the
 * emulator, serves the preview on localhost and prints the URL. PORT (default 8080) picks
 * the port; if it is taken, a free one is used instead. `--stage <name>` (npm start -- --stage
 * matched) starts the demo at a later stage (emulator/preview/demo-stages.ts).
 */
import * as path from 'node:path';
import { loadPreviewAssets } from './assets';
import { makeDemoEmulator } from './demo-program';
import { DEMO_STAGES, type DemoStage, isDemoStage } from './demo-stages';
import { startPreview } from './server';

const ROOT = process.env.MENTORPROGRAM_ROOT ?? path.resolve(__dirname, '..');
const distDir = path.join(ROOT, 'dist');

function stageArgument(argv: readonly string[]): DemoStage {
  const at = argv.findIndex((a) => a === '--stage' || a.startsWith('--stage='));
  if (at < 0) return 'closed';
  const name = argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  if (!isDemoStage(name)) throw new Error(`Unknown stage "${String(name)}"; the stages are ${DEMO_STAGES.join(', ')}.`);
  return name;
}

const stage = stageArgument(process.argv.slice(2));

function makeEmulator() {
  const started = Date.now();
  const { emulator, report } = makeDemoEmulator({ distDir, stage });
  const refused = report.refused.length ? ` (${report.refused.length} refused by the form, as Google Forms would)` : '';
  console.log(`Stage: ${stage}.`);
  console.log(`Demo program ready in ${Date.now() - started} ms: ${report.submitted} sign-ups through the forms${refused}.`);
  return emulator;
}

async function main() {
  const wanted = Number(process.env.PORT ?? 8080);
  const options = { distDir, makeEmulator, assets: loadPreviewAssets(ROOT) };
  const server = await startPreview({ ...options, port: wanted }).catch((error: NodeJS.ErrnoException) => {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.log(`Port ${wanted} is taken; using a free port instead.`);
    return startPreview({ ...options, port: 0 });
  });
  console.log(`\nMentorprogram preview: ${server.url}\n(no Google account, no network; Ctrl+C stops it)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
