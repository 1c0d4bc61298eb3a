/**
 * Test of `npm start`'s server step as a user runs it: `node scripts/preview.cjs` with PORT
 * set to a port another server already holds must not crash (EADDRINUSE) but print a URL on
 * another port that serves the preview page. Needs dist/ (npm run build).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

let holder: net.Server;
let child: ChildProcess | undefined;

beforeAll(async () => {
  holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  if (child?.pid && child.exitCode === null) child.kill('SIGTERM');
  await new Promise<void>((resolve) => holder.close(() => resolve()));
});

test('with PORT taken, the preview prints a URL on another port and serves the page', async () => {
  const held = (holder.address() as net.AddressInfo).port;
  child = spawn(process.execPath, [path.join(ROOT, 'scripts/preview.cjs')], { cwd: ROOT, env: { ...process.env, PORT: String(held) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 60 s; output:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Mentorprogram preview: (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}; output:\n${output}`));
    });
  });
  expect(output).not.toMatch(/EADDRINUSE/);
  expect(output).toContain(`Port ${held} is taken`);
  expect(Number(new URL(url).port)).not.toBe(held);
  const page = await get(url);
  expect(page.status).toBe(200);
  expect(page.body).toContain('<html');
  const sidebar = await get(`${url}sidebar`);
  expect(sidebar.status).toBe(200);
  expect(sidebar.body).toContain('google.script');
}, 90_000);
