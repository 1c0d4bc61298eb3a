/**
 * This file defines the boundary between the loaded bundle and the emulated services. Every
 * service and every object a service returns reaches the bundle wrapped in a Proxy that
 * reports each method call to a gate (counting, simulated cost, time limit, AuthMode), turns
 * Apps Script methods it lacks into loud "not supported" errors (names Apps Script does not
 * have are undefined, as on Google), and converts values crossing the
 * vm boundary: arrays, plain objects and errors are rebuilt in the bundle's realm (so
 * `instanceof Array/Error` hold there) and arguments are unwrapped and rebuilt in the host
 * realm before a service sees them (so services never count their own internal calls).
 */
import { type ApiTypes, displayName, type ReturnType } from './api-types';
import { isDate, isErrorLike, unsupportedError } from './errors';

/** What the gate is told about each call. */
export interface CallInfo {
  /** Service the object came from, e.g. 'SpreadsheetApp' (counts and costs are per service). */
  service: string;
  /** Display type name, e.g. 'Range'. */
  typeName: string;
  method: string;
}

export interface CallGate {
  /** Before the call: may throw to refuse it (time limit, authorisation). */
  before(call: CallInfo): void;
  /** After the call, whether it succeeded or threw. */
  after(call: CallInfo): void;
}

/** The intrinsics of the realm the bundle runs in (null when no bundle is loaded). */
export interface Realm {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

interface Wrapped {
  target: object;
  service: string;
  typeKey: string | undefined;
  typeName: string;
}

/** Names probed by JS machinery (promises, JSON, jest, util.inspect) that must stay undefined. */
const PROBED_NAMES = new Set(['then', 'catch', 'toJSON', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'length', 'constructor']);
const MAX_DEPTH = 8;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  // Cross-realm: a plain object's prototype is some realm's Object.prototype.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function hasFunctionValues(value: object): boolean {
  for (const key of Object.keys(value)) {
    if (typeof (value as Record<string, unknown>)[key] === 'function') return true;
  }
  return false;
}

/** Objects with behaviour (class instances, literals with methods) are service objects. */
function isServiceObject(value: object): boolean {
  if (Array.isArray(value) || isDate(value) || isErrorLike(value) || ArrayBuffer.isView(value)) return false;
  return !isPlainObject(value) || hasFunctionValues(value);
}

function fallbackTypeName(value: object, method: string): string {
  const tag = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
  if (typeof tag === 'string' && tag !== 'Object') return tag;
  const ctor = Object.getPrototypeOf(value)?.constructor?.name;
  if (typeof ctor === 'string' && ctor !== '' && ctor !== 'Object') return ctor.replace(/^(Fake|Emulated|Emu)|(Impl|Facade)$/g, '');
  const fromMethod = /^(?:get|create|new|open|add|insert)([A-Z]\w*)$/.exec(method);
  return fromMethod?.[1] ?? 'Object';
}

export class ServiceBoundary {
  private readonly proxies = new WeakMap<object, object>();
  private readonly wrapped = new WeakMap<object, Wrapped>();

  constructor(
    private readonly gate: CallGate,
    private readonly api: ApiTypes,
    private readonly realm: () => Realm | null,
  ) {}

  /** Wraps a global service object, e.g. ('SpreadsheetApp', service). */
  wrapService(globalName: string, service: object): object {
    return this.wrapObject(service, globalName, this.api.serviceType(globalName), globalName);
  }

  /** Wraps an object a service made, charging its calls to `service`. */
  wrapObject(target: object, service: string, typeKey: string | undefined, typeName?: string): object {
    const existing = this.proxies.get(target);
    if (existing) return existing;
    const name = typeName ?? (typeKey ? displayName(typeKey) : fallbackTypeName(target, ''));
    const info: Wrapped = { target, service, typeKey: typeKey ?? this.api.typeByName(service, name), typeName: name };
    const methods = new Map<string, unknown>();
    // A shadow target keeps the Proxy invariants out of the way: the real object may be
    // frozen, yet its methods are still handed out wrapped.
    const shadow = {};
    const proxy = new Proxy(shadow, {
      get: (_s, prop) => {
        if (typeof prop === 'symbol') return Reflect.get(target, prop);
        const value = Reflect.get(target, prop);
        if (typeof value === 'function') {
          if (value === (Object.prototype as unknown as Record<string, unknown>)[prop]) return value;
          let method = methods.get(prop);
          if (!method) {
            method = this.method(info, prop, value as (...args: unknown[]) => unknown);
            methods.set(prop, method);
          }
          return method;
        }
        if (value !== undefined || prop in target) return value;
        return this.unknownMember(info, prop);
      },
      set: (_s, prop, value) => Reflect.set(target, prop, value),
      has: (_s, prop) => Reflect.has(target, prop),
      // Apps Script objects show no own properties (JSON.stringify(range) is '{}'), and the
      // emulated objects' internal state stays out of the bundle's reach.
      ownKeys: () => [],
      getOwnPropertyDescriptor: () => undefined,
      getPrototypeOf: () => Reflect.getPrototypeOf(target),
    });
    this.proxies.set(target, proxy);
    this.wrapped.set(proxy, info);
    return proxy;
  }

  /** The raw object behind a proxy (or the value itself). */
  unwrap<T>(value: T): T {
    if (typeof value === 'object' && value !== null) {
      const info = this.wrapped.get(value as object);
      if (info) return info.target as T;
    }
    return value;
  }

  isWrapped(value: unknown): boolean {
    return typeof value === 'object' && value !== null && this.wrapped.has(value);
  }

  /** Converts a host value for the bundle: service objects wrapped, containers rebuilt in its realm. */
  toRealm(value: unknown, service: string, returns?: ReturnType, method = '', depth = 0): unknown {
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
    if (this.wrapped.has(value) || isDate(value)) return value;
    const realm = this.realm();
    if (Array.isArray(value)) {
      const element = returns ? { type: returns.type, array: false } : undefined;
      return (realm?.Array ?? Array).from(value, (v: unknown) => this.toRealm(v, service, element, method, depth + 1));
    }
    if (isErrorLike(value)) return value;
    if (isServiceObject(value)) {
      const typeKey = returns?.type;
      return this.wrapObject(value, service, typeKey, typeKey ? undefined : fallbackTypeName(value, method));
    }
    if (!isPlainObject(value)) return value;
    const out = new (realm?.Object ?? Object)() as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = this.toRealm(v, service, undefined, method, depth + 1);
    return out;
  }

  /** Converts a value from the bundle for a service: proxies unwrapped, containers rebuilt here. */
  toHost(value: unknown, depth = 0): unknown {
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
    const info = this.wrapped.get(value);
    if (info) return info.target;
    if (Array.isArray(value)) return Array.from(value, (v: unknown) => this.toHost(v, depth + 1));
    if (isDate(value) || !isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = this.toHost(v, depth + 1);
    return out;
  }

  /** Rebuilds an error in the bundle's realm so `e instanceof Error` holds there. */
  toRealmError(thrown: unknown): unknown {
    const realm = this.realm();
    if (!realm || !isErrorLike(thrown) || Object.prototype.isPrototypeOf.call(realm.Error.prototype, thrown)) return thrown;
    const copy = new realm.Error(thrown.message);
    copy.name = thrown.name;
    copy.stack = thrown.stack;
    const method = (thrown as { method?: unknown }).method;
    if (method !== undefined) Object.defineProperty(copy, 'method', { value: method, enumerable: false });
    return copy;
  }

  private method(info: Wrapped, name: string, fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
    const call: CallInfo = { service: info.service, typeName: info.typeName, method: name };
    const returns = info.typeKey ? this.api.returnType(info.typeKey, name) : undefined;
    const boundary = this;
    return function serviceMethod(...args: unknown[]): unknown {
      try {
        boundary.gate.before(call);
        try {
          const result = fn.apply(info.target, args.map((a) => boundary.toHost(a)));
          return boundary.toRealm(result, info.service, returns, name);
        } finally {
          boundary.gate.after(call);
        }
      } catch (thrown) {
        throw boundary.toRealmError(thrown);
      }
    };
  }

  /**
   * A member the emulated object lacks. A method Apps Script declares (in the API types) is a
   * function that fails as "not supported"; any other lower-case name is undefined, as on
   * Google, so `typeof obj.x === 'function'` is an honest feature test and calling it fails
   * with V8's own TypeError (`obj.x is not a function`). Capitalised names are enums.
   */
  private unknownMember(info: Wrapped, prop: string): unknown {
    if (PROBED_NAMES.has(prop) || !/^[A-Za-z][A-Za-z0-9_]*$/.test(prop)) return undefined;
    const qualified = `${info.typeName}.${prop}`;
    const boundary = this;
    if (/^[A-Z]/.test(prop)) {
      // An enum or constant the emulator lacks: fail as soon as a member of it is read.
      return new Proxy(Object.freeze({}), {
        get(_t, member) {
          if (typeof member === 'symbol' || PROBED_NAMES.has(member)) return undefined;
          throw boundary.toRealmError(unsupportedError(`${qualified}.${member}`));
        },
      });
    }
    if (!info.typeKey || !this.api.hasMethod(info.typeKey, prop)) return undefined;
    return function unsupportedMethod(): never {
      throw boundary.toRealmError(unsupportedError(qualified));
    };
  }
}
