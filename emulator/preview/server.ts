/**
 * This file defines the local preview server: one emulator running the built add-on, a page
 * that shows the emulated spreadsheet beside the real dist/Sidebar.html, and a small JSON
 * API the page and the sidebar's google.script.run shim call. It binds to localhost only
 * and needs no Google account and no network.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { Emulator } from '../index';
import { rpcShimScript } from './rpc-shim';

export interface PreviewOptions {
  /** 0 picks a free port. */
  port: number;
  distDir: string;
  /** Builds a fresh, seeded emulator with the demo program (also used by "reset"). */
  makeEmulator: () => Emulator;
  assets: PreviewAssets;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
  emulator(): Emulator;
}

export interface PreviewAssets {
  /** emulator/preview/page.html */
  pageHtml: string;
  /** emulator/preview/page.ts, bundled to a browser script. */
  pageJs: string;
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
      if (data.length > 5_000_000) reject(new Error('Request too large'));
    });
    req.on('end', () => {
      try {
        resolve(data ? JSON.parse(data) : {});
      } catch {
        reject(new Error('The request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The sidebar exactly as built, with the google.script.run shim placed before its code. */
function sidebarHtml(distDir: string): string {
  const html = fs.readFileSync(path.join(distDir, 'Sidebar.html'), 'utf8');
  const shim = `<script>${rpcShimScript()}</script>`;
  return html.replace('<head>', () => `<head>\n${shim}`);
}

function state(em: Emulator) {
  return {
    now: em.now(),
    // Hidden sheets (a published add-on's store) are not among the tabs, as in Sheets.
    sheets: em.sheetNames().filter((name) => !em.spreadsheet.sheet(name)?.hidden).map((name) => ({ name, values: em.sheet(name) })),
    mail: em.sentMail(),
    events: em.calendarEvents(),
    executions: em.executions().slice(-50),
    serviceCalls: em.serviceCalls(),
    triggers: em.triggers(),
  };
}

function pageHtml(assets: PreviewAssets): string {
  const js = assets.pageJs.replace(/<\/(script)/gi, '<\\/$1');
  return assets.pageHtml.replace('/*PAGE_JS*/', () => js);
}

/**
 * Serves the preview. The port is bound first and the demo built only once it is, so a
 * taken port costs no demo build; a failure to listen (EADDRINUSE for a taken port) is a
 * rejection, never an unhandled 'error' event.
 */
export function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  // Assigned in the listen callback, before any request can be handled.
  let em = undefined as unknown as Emulator;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    const handle = async () => {
      switch (route) {
        case 'GET /':
          return send(res, 200, 'text/html; charset=utf-8', pageHtml(options.assets));
        case 'GET /sidebar':
          return send(res, 200, 'text/html; charset=utf-8', sidebarHtml(options.distDir));
        case 'GET /api/state':
          return sendJson(res, 200, state(em));
        case 'POST /api/run': {
          const body = (await readBody(req)) as { fn?: unknown; args?: unknown };
          const fn = typeof body.fn === 'string' ? body.fn : '';
          // google.script.run cannot reach private functions (trailing underscore).
          if (!/^[A-Za-z][A-Za-z0-9]*$/.test(fn)) return sendJson(res, 200, { ok: false, error: `No server function "${fn}"` });
          const args = Array.isArray(body.args) ? body.args : [];
          try {
            return sendJson(res, 200, { ok: true, value: em.run(fn, ...args) ?? null });
          } catch (error) {
            return sendJson(res, 200, { ok: false, error: error instanceof Error ? error.message : String(error) });
          }
        }
        case 'POST /api/clock': {
          const body = (await readBody(req)) as { to?: unknown; hours?: unknown };
          if (typeof body.to === 'string') em.advanceTo(body.to);
          else if (typeof body.hours === 'number' && body.hours > 0) em.advanceTo(new Date(Date.parse(em.now()) + body.hours * 3_600_000).toISOString());
          return sendJson(res, 200, state(em));
        }
        case 'POST /api/reset':
          em = options.makeEmulator();
          return sendJson(res, 200, state(em));
        default:
          return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      }
    };
    handle().catch((error: unknown) => {
      sendJson(res, 400, { ok: false, error: error instanceof Error ? error.message : String(error) });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      try {
        em = options.makeEmulator();
      } catch (error) {
        server.close();
        reject(error);
        return;
      }
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        emulator: () => em,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
