/**
 * This file defines PropertiesService: three stores kept apart (document: one per
 * spreadsheet; script: one per script; user: one per user), values stored as strings, and
 * Google's size limits. Reading of "9 KB per value": the key and the value together, in
 * UTF-8 bytes, may not exceed 9 × 1024 bytes; "500 KB per store": the sum of all keys and
 * values may not exceed 500 × 1024 bytes. Both are the stricter plausible reading, so what
 * fits here fits on Google. Each get/set counts against the daily read/write quota.
 */
import type { EmulatorContext } from '../context';
import { PerUserQuota } from '../runtime/daily-quota';

export type PropertyStoreName = 'document' | 'script' | 'user';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

export class PropertyStore {
  readonly values = new Map<string, string>();

  bytes(): number {
    let total = 0;
    for (const [k, v] of this.values) total += utf8(k) + utf8(v);
    return total;
  }

  toObject(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
}

export interface PropertiesModel {
  /** A store; the user store of `user` (default: the running execution's user). */
  store(name: PropertyStoreName, user?: string): PropertyStore;
}

function asString(ctx: EmulatorContext, method: string, what: string, value: unknown): string {
  if (value === null || value === undefined) ctx.fail(method, `Invalid argument: ${what}`);
  if (typeof value === 'string') return value;
  // Google converts non-strings; objects become "[object Object]" as String() would.
  return String(value);
}

class Properties {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly store: PropertyStore,
    private readonly quota: { consume(n: number): boolean },
  ) {}

  private use(method: string): void {
    if (!this.quota.consume(1)) this.ctx.fail(method, 'Service invoked too many times for one day: properties.');
  }

  /** Applies `changes` atomically: either all fit within the limits or nothing changes. */
  private write(method: string, changes: [string, string][], clearOthers: boolean): void {
    const next = new Map(clearOthers ? [] : this.store.values);
    for (const [k, v] of changes) {
      if (utf8(k) + utf8(v) > VALUE_LIMIT_BYTES) this.ctx.fail(method, 'Argument too large: value');
      next.set(k, v);
    }
    let total = 0;
    for (const [k, v] of next) total += utf8(k) + utf8(v);
    if (total > STORE_LIMIT_BYTES) {
      this.ctx.fail(method, 'You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this.store.values.clear();
    for (const [k, v] of next) this.store.values.set(k, v);
  }

  getProperty(key: unknown): string | null {
    this.use('Properties.getProperty');
    return this.store.values.get(asString(this.ctx, 'Properties.getProperty', 'key', key)) ?? null;
  }

  getProperties(): Record<string, string> {
    this.use('Properties.getProperties');
    return this.store.toObject();
  }

  getKeys(): string[] {
    this.use('Properties.getKeys');
    return [...this.store.values.keys()];
  }

  setProperty(key: unknown, value: unknown): this {
    const m = 'Properties.setProperty';
    this.use(m);
    this.write(m, [[asString(this.ctx, m, 'key', key), asString(this.ctx, m, 'value', value)]], false);
    return this;
  }

  setProperties(properties: unknown, deleteAllOthers?: unknown): this {
    const m = 'Properties.setProperties';
    this.use(m);
    if (typeof properties !== 'object' || properties === null) this.ctx.fail(m, 'Invalid argument: properties');
    const changes = Object.entries(properties as Record<string, unknown>).map(
      ([k, v]) => [k, asString(this.ctx, m, 'value', v)] as [string, string],
    );
    this.write(m, changes, deleteAllOthers === true);
    return this;
  }

  deleteProperty(key: unknown): this {
    this.use('Properties.deleteProperty');
    this.store.values.delete(asString(this.ctx, 'Properties.deleteProperty', 'key', key));
    return this;
  }

  deleteAllProperties(): this {
    this.use('Properties.deleteAllProperties');
    this.store.values.clear();
    return this;
  }
}

export interface PropertiesOptions {
  /** Reads and writes per day: 50,000 consumer, 500,000 Workspace. */
  dailyOperations: number;
  /** Key of the active document (its store is per document) and of the user. */
  documentId(): string;
}

export function createPropertiesService(ctx: EmulatorContext, options: PropertiesOptions) {
  const documents = new Map<string, PropertyStore>();
  const users = new Map<string, PropertyStore>();
  const script = new PropertyStore();
  // Per user, as Google counts quotas.
  const quotas = new PerUserQuota(ctx.clock, options.dailyOperations);
  const quota = { consume: (n: number) => quotas.of(ctx.user.email).consume(n) };
  const model: PropertiesModel = {
    store(name, user) {
      if (name === 'script') return script;
      const map = name === 'document' ? documents : users;
      const key = name === 'document' ? options.documentId() : (user ?? ctx.user.email);
      let store = map.get(key);
      if (!store) {
        store = new PropertyStore();
        map.set(key, store);
      }
      return store;
    },
  };
  const service = {
    // Null without a containing document, e.g. an add-on's time-driven trigger (README).
    getDocumentProperties: () => ((ctx.execution()?.document ?? true) ? new Properties(ctx, model.store('document'), quota) : null),
    getScriptProperties: () => new Properties(ctx, model.store('script'), quota),
    getUserProperties: () => new Properties(ctx, model.store('user'), quota),
  };
  return { service, model };
}
