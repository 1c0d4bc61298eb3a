/**
 * This file defines HtmlService: HtmlOutput built from a string or from an .html file of the
 * built dist/ folder (the files clasp pushes), with title, size, meta tags and content.
 * Sandbox and X-Frame modes are accepted and recorded but change nothing (Google: only
 * IFRAME exists now). Templates (scriptlets) are deliberately not supported: the add-on
 * ships a bundled page and loads its data through google.script.run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EmulatorContext } from '../context';

const SANDBOX_MODE = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
const X_FRAME_OPTIONS_MODE = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

class HtmlOutputMetaTag {
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

export class HtmlOutput {
  private title = '';
  private width = 0;
  private height = 0;
  private faviconUrl = '';
  private readonly metaTags: HtmlOutputMetaTag[] = [];
  sandboxMode: string = SANDBOX_MODE.IFRAME;
  xFrameOptionsMode: string = X_FRAME_OPTIONS_MODE.DEFAULT;

  constructor(
    private readonly ctx: EmulatorContext,
    private content: string,
  ) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: unknown): this {
    this.content = String(content ?? '');
    return this;
  }
  append(addedContent: unknown): this {
    this.content += String(addedContent ?? '');
    return this;
  }
  appendUntrusted(addedContent: unknown): this {
    this.content += String(addedContent ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: unknown): this {
    this.title = String(title ?? '');
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: unknown): this {
    this.width = this.dimension('HtmlOutput.setWidth', width);
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: unknown): this {
    this.height = this.dimension('HtmlOutput.setHeight', height);
    return this;
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  setFaviconUrl(url: unknown): this {
    this.faviconUrl = String(url ?? '');
    return this;
  }
  addMetaTag(name: unknown, content: unknown): this {
    this.metaTags.push(new HtmlOutputMetaTag(String(name), String(content)));
    return this;
  }
  getMetaTags(): HtmlOutputMetaTag[] {
    return [...this.metaTags];
  }
  /** No effect on Google since 2015; kept so the value can be inspected. */
  setSandboxMode(mode: unknown): this {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: unknown): this {
    this.xFrameOptionsMode = String(mode);
    return this;
  }

  private dimension(method: string, value: unknown): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) this.ctx.fail(method, 'Invalid argument: value');
    return value;
  }
}

export interface HtmlOptions {
  /** Folder holding the pushed files (dist/). */
  distDir: string;
}

export function createHtmlService(ctx: EmulatorContext, options: HtmlOptions) {
  const service = {
    SandboxMode: SANDBOX_MODE,
    XFrameOptionsMode: X_FRAME_OPTIONS_MODE,
    createHtmlOutput(html?: unknown): HtmlOutput {
      if (html !== undefined && typeof html !== 'string') ctx.unsupported('HtmlService.createHtmlOutput(blob)');
      return new HtmlOutput(ctx, html ?? '');
    },
    createHtmlOutputFromFile(filename: unknown): HtmlOutput {
      const name = String(filename);
      const file = path.join(options.distDir, `${name}.html`);
      // Apps Script names files without their extension and refuses paths.
      if (name === '' || name.includes('/') || name.includes('\\') || !fs.existsSync(file)) {
        ctx.fail('HtmlService.createHtmlOutputFromFile', `No HTML file named ${name} was found.`);
      }
      return new HtmlOutput(ctx, fs.readFileSync(file, 'utf8'));
    },
    createTemplate(): never {
      return ctx.unsupported('HtmlService.createTemplate');
    },
    createTemplateFromFile(): never {
      return ctx.unsupported('HtmlService.createTemplateFromFile');
    },
    getUserAgent(): string {
      return 'Mozilla/5.0 (Mentorprogram emulator)';
    },
  };
  return { service };
}
