/**
 * This file defines Utilities: seeded uuids, formatDate in a real time zone, sleep on the
 * simulated clock, digests and HMAC returned as signed bytes (-128..127, as Java hands them
 * to Apps Script), base64 both ways, formatString and a minimal Blob. Time zones Java
 * does not know fall back to GMT, as Java's TimeZone.getTimeZone does.
 */
import { createHash, createHmac } from 'node:crypto';
import type { EmulatorContext } from '../context';
import { isValidTimeZone } from '../runtime/time-zone';
import { formatDate } from './format-date';

const DIGEST_ALGORITHM = { MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' } as const;
const NODE_DIGEST: Readonly<Record<string, string>> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const CHARSET = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
const MAC_ALGORITHM = { HMAC_MD5: 'HMAC_MD5', HMAC_SHA_1: 'HMAC_SHA_1', HMAC_SHA_256: 'HMAC_SHA_256', HMAC_SHA_384: 'HMAC_SHA_384', HMAC_SHA_512: 'HMAC_SHA_512' } as const;
const MAX_SLEEP_MS = 300_000;

const signed = (buf: Buffer): number[] => Array.from(buf, (b) => (b > 127 ? b - 256 : b));

function bytesOf(data: unknown, charset?: unknown): Buffer {
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 255));
  return Buffer.from(String(data), charset === CHARSET.US_ASCII ? 'latin1' : 'utf8');
}

/** Java-like signature error, as V8 Apps Script reports wrong argument types. */
function signature(ctx: EmulatorContext, method: string, args: unknown[]): never {
  const types = args.map((a) => (ctx.isDate(a) ? 'Date' : Array.isArray(a) ? 'number[]' : typeof a === 'string' ? 'String' : typeof a === 'number' ? 'number' : typeof a));
  return ctx.fail(method, `The parameters (${types.join(',')}) don't match the method signature for ${method}.`);
}

/** Offsets such as 'GMT+2' are Java zone ids Intl lacks; whole hours map to Etc/GMT∓h. */
function javaZone(timeZone: string): string {
  if (isValidTimeZone(timeZone)) return timeZone;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?00)?$/.exec(timeZone);
  if (m) return `Etc/GMT${m[1] === '+' ? '-' : '+'}${Number(m[2])}`;
  return 'GMT';
}

class Blob {
  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getBytes(): number[] {
    return signed(this.bytes);
  }
  getDataAsString(charset?: unknown): string {
    return this.bytes.toString(charset === CHARSET.US_ASCII ? 'latin1' : 'utf8');
  }
  setDataFromString(data: unknown, charset?: unknown): this {
    this.bytes = bytesOf(String(data), charset);
    return this;
  }
  setBytes(data: unknown): this {
    this.bytes = bytesOf(data);
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: unknown): this {
    this.contentType = contentType === null ? null : String(contentType);
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: unknown): this {
    this.name = name === null ? null : String(name);
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  copyBlob(): Blob {
    return new Blob(Buffer.from(this.bytes), this.contentType, this.name);
  }
}

/** Java String.format subset: %s, %d, %f (with precision), %%. */
function formatString(template: string, args: unknown[]): string {
  let i = 0;
  return template.replace(/%(\.(\d+))?([sdf%])/g, (_all, _p, precision: string | undefined, kind: string) => {
    if (kind === '%') return '%';
    const arg = args[i++];
    if (kind === 'd') return String(Math.trunc(Number(arg)));
    if (kind === 'f') return Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
    return String(arg);
  });
}

export function createUtilities(ctx: EmulatorContext) {
  const digest = (method: string, algorithm: unknown, value: unknown, charset?: unknown): number[] => {
    const name = NODE_DIGEST[String(algorithm)];
    if (!name) return algorithm === DIGEST_ALGORITHM.MD2 ? ctx.unsupported('Utilities.computeDigest(MD2)') : signature(ctx, method, [algorithm, value]);
    return signed(createHash(name).update(bytesOf(value, charset)).digest());
  };
  const hmac = (algorithm: string, value: unknown, key: unknown, charset?: unknown): number[] =>
    signed(createHmac(algorithm, bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  const service = {
    DigestAlgorithm: DIGEST_ALGORITHM,
    Charset: CHARSET,
    MacAlgorithm: MAC_ALGORITHM,
    getUuid: (): string => ctx.ids.uuid(),
    formatDate(date: unknown, timeZone: unknown, format: unknown): string {
      if (!ctx.isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        return signature(ctx, 'Utilities.formatDate', [date, timeZone, format]);
      }
      try {
        return formatDate(date.getTime(), javaZone(timeZone), format);
      } catch (e) {
        return ctx.fail('Utilities.formatDate', `Invalid argument: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    formatString: (template: unknown, ...args: unknown[]): string => formatString(String(template), args),
    sleep(milliseconds: unknown): void {
      if (typeof milliseconds !== 'number' || milliseconds < 0 || milliseconds > MAX_SLEEP_MS) {
        ctx.fail('Utilities.sleep', 'Invalid argument: milliseconds. The value must be between 0 and 300000.');
      }
      ctx.clock.advance(Math.floor(milliseconds));
    },
    computeDigest: (algorithm: unknown, value: unknown, charset?: unknown) => digest('Utilities.computeDigest', algorithm, value, charset),
    computeHmacSha256Signature: (value: unknown, key: unknown, charset?: unknown) => hmac('sha256', value, key, charset),
    computeHmacSignature(algorithm: unknown, value: unknown, key: unknown, charset?: unknown): number[] {
      const name = NODE_DIGEST[String(algorithm).replace(/^HMAC_/, '')];
      return name ? hmac(name, value, key, charset) : signature(ctx, 'Utilities.computeHmacSignature', [algorithm]);
    },
    base64Encode: (data: unknown, charset?: unknown): string => bytesOf(data, charset).toString('base64'),
    // Google's web-safe alphabet keeps the '=' padding (unlike Node's base64url).
    base64EncodeWebSafe: (data: unknown, charset?: unknown): string =>
      bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    base64Decode: (encoded: unknown): number[] => signed(Buffer.from(String(encoded), 'base64')),
    base64DecodeWebSafe: (encoded: unknown): number[] =>
      signed(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
    newBlob(data: unknown, contentType?: unknown, name?: unknown): Blob {
      return new Blob(bytesOf(data), contentType === undefined ? null : String(contentType), name === undefined ? null : String(name));
    },
  };
  return { service };
}
