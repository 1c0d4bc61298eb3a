/**
 * This file defines the emulator's knowledge of Apps Script's object types, read from
 * @types/google-apps-script: which type each method returns. The service proxy uses it to
 * name every object the bundle holds ('Range', 'Menu', 'CalendarEvent'), so an unsupported
 * call is reported as 'Range.setFontColor' and AuthMode rules can tell a Menu from a Sheet,
 * whatever classes the emulated services are written with. Parsed once per process.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ReturnType {
  /** Qualified type key, e.g. 'Spreadsheet.Range' or 'Base.Menu'. */
  type: string;
  /** True when the method returns an array of that type. */
  array: boolean;
}

export interface ApiTypes {
  /** Type key of a global service object, e.g. 'SpreadsheetApp' → 'Spreadsheet.SpreadsheetApp'. */
  serviceType(globalName: string): string | undefined;
  returnType(typeKey: string, method: string): ReturnType | undefined;
  hasMethod(typeKey: string, method: string): boolean;
  /** Type key for a bare name seen from a service, e.g. ('SpreadsheetApp', 'Range') → 'Spreadsheet.Range'. */
  typeByName(globalName: string, name: string): string | undefined;
}

/** 'Spreadsheet.Range' → 'Range'. */
export function displayName(typeKey: string): string {
  return typeKey.slice(typeKey.lastIndexOf('.') + 1);
}

interface ParsedInterface {
  methods: Map<string, string>;
  extendsNames: string[];
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

function parseFile(text: string, interfaces: Map<string, ParsedInterface>, globals: Map<string, string>): void {
  const clean = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  for (const g of clean.matchAll(/declare var (\w+): GoogleAppsScript\.(\w+)\.(\w+);/g)) {
    globals.set(g[1] ?? '', `${g[2]}.${g[3]}`);
  }
  for (const ns of clean.matchAll(/\bnamespace (\w+) \{/g)) {
    if (ns[1] === 'GoogleAppsScript') continue;
    const nsStart = (ns.index ?? 0) + ns[0].length - 1;
    const nsBody = clean.slice(nsStart, matchingBrace(clean, nsStart));
    for (const it of nsBody.matchAll(/\binterface (\w+)(?:<[^>]*>)?(?: extends ([\w.,\s]+))? \{/g)) {
      const start = (it.index ?? 0) + it[0].length - 1;
      const body = nsBody.slice(start + 1, matchingBrace(nsBody, start));
      const methods = new Map<string, string>();
      for (const m of body.matchAll(/(?:^|[;\n])\s*(\w+)\s*\(([^;]*?)\)\s*:\s*([^;]+);/g)) {
        const name = m[1] ?? '';
        if (!methods.has(name)) methods.set(name, (m[3] ?? '').trim());
      }
      const extendsNames = (it[2] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      interfaces.set(`${ns[1]}.${it[1]}`, { methods, extendsNames });
    }
  }
}

function qualify(raw: string, ns: string, interfaces: Map<string, ParsedInterface>): ReturnType | undefined {
  let t = raw
    .replace(/\|\s*null|\|\s*undefined/g, '')
    .replace(/^GoogleAppsScript\./, '')
    .trim();
  let array = false;
  if (t.endsWith('[]')) {
    array = true;
    t = t.slice(0, -2).trim();
  }
  if (!/^[\w.]+$/.test(t)) return undefined;
  const key = t.includes('.') ? t : `${ns}.${t}`;
  return interfaces.has(key) ? { type: key, array } : undefined;
}

let cached: ApiTypes | undefined;

export function loadApiTypes(): ApiTypes {
  if (cached) return cached;
  const interfaces = new Map<string, ParsedInterface>();
  const globals = new Map<string, string>();
  let dir: string | undefined;
  try {
    dir = path.dirname(require.resolve('@types/google-apps-script/package.json'));
  } catch {
    dir = undefined; // Without the typings, objects are named by their class instead.
  }
  if (dir) {
    for (const file of fs.readdirSync(dir)) {
      if (/^google-apps-script\..*\.d\.ts$/.test(file)) parseFile(fs.readFileSync(path.join(dir, file), 'utf8'), interfaces, globals);
    }
  }
  const findMethod = (typeKey: string, method: string, depth = 0): { raw: string; ns: string } | undefined => {
    const it = interfaces.get(typeKey);
    if (!it || depth > 5) return undefined;
    const raw = it.methods.get(method);
    const ns = typeKey.slice(0, typeKey.indexOf('.'));
    if (raw !== undefined) return { raw, ns };
    for (const parent of it.extendsNames) {
      const found = findMethod(parent.includes('.') ? parent : `${ns}.${parent}`, method, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  cached = {
    serviceType: (name) => globals.get(name),
    returnType(typeKey, method) {
      const found = findMethod(typeKey, method);
      return found ? qualify(found.raw, found.ns, interfaces) : undefined;
    },
    hasMethod: (typeKey, method) => findMethod(typeKey, method) !== undefined,
    typeByName(globalName, name) {
      const ns = globals.get(globalName)?.split('.')[0];
      for (const key of [`${ns}.${name}`, `Base.${name}`]) if (interfaces.has(key)) return key;
      return undefined;
    },
  };
  return cached;
}
