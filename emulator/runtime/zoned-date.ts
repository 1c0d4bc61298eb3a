/**
 * This file defines the Date class the bundle and the services share: a host-realm Date
 * subclass whose local-time methods (getHours, setDate, getTimezoneOffset, toString,
 * construction from parts, parsing of local date strings, toLocaleString defaults) follow
 * the script's time zone instead of the host's, as on Google, where a project set to
 * Europe/Stockholm reads `new Date(2026, 0, 15, 17)` as 16:00Z whatever machine runs it.
 * Offsets come from Intl (time-zone.ts), so daylight saving follows the IANA data.
 */
import { localToEpoch, zoneOffsetMs } from './time-zone';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ISO 8601 as ECMAScript reads it: date-only forms are UTC, date-times without offset local. */
const ISO = /^([+-]\d{6}|\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(Z|[+-]\d\d:\d\d)?)?$/;
/** A string that names its own zone or offset (then the host's parse is already exact). */
const HAS_ZONE = /(GMT|UTC|\bUT\b|\b[ECMP][SD]T\b|\dZ\b|[\d\s][+-]\d\d:?\d\d\s*(\([^)]*\))?\s*$)/i;

type Fields = [number, number, number, number, number, number, number];

/** Date.UTC without its two-digit-year rule (which applies only to the constructor's input). */
function utcOf(f: Fields): number {
  const d = new Date(0);
  d.setUTCFullYear(f[0], f[1], f[2]);
  d.setUTCHours(f[3], f[4], f[5], f[6]);
  return d.getTime();
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export function createZonedDate(timeZone: string, RealDate: DateConstructor = Date): DateConstructor {
  const offset = (ms: number) => zoneOffsetMs(ms, timeZone);
  const localOf = (ms: number) => ms + offset(ms);
  const nameFormat = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' });

  /** Parses like Date.parse, reading strings without a zone in the script's zone. */
  function parse(text: string): number {
    const s = text.trim();
    const iso = ISO.exec(s);
    if (iso) {
      if (iso[4] === undefined || iso[8] !== undefined) return RealDate.parse(s);
      const utc = RealDate.parse(`${s}Z`);
      return Number.isNaN(utc) ? utc : localToEpoch(utc, timeZone);
    }
    if (HAS_ZONE.test(s)) return RealDate.parse(s);
    const utc = RealDate.parse(`${s} UTC`);
    return Number.isNaN(utc) ? RealDate.parse(s) : localToEpoch(utc, timeZone);
  }

  function fieldsOf(ms: number): Fields {
    const d = new RealDate(localOf(ms));
    return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()];
  }

  function offsetText(ms: number): string {
    const minutes = Math.round(offset(ms) / 60_000);
    return `GMT${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
  }

  function zoneName(ms: number): string {
    return nameFormat.formatToParts(new RealDate(ms)).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  }

  const withZone = (options: unknown): Intl.DateTimeFormatOptions => {
    const o = (typeof options === 'object' && options !== null ? options : {}) as Intl.DateTimeFormatOptions;
    return o.timeZone === undefined ? { ...o, timeZone } : o;
  };

  class ZonedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length >= 2) {
        const n = args.slice(0, 7).map(Number);
        const year = n[0] ?? Number.NaN;
        const fields: Fields = [
          Number.isInteger(year) && year >= 0 && year <= 99 ? 1900 + year : year,
          n[1] ?? 0,
          n[2] ?? 1,
          n[3] ?? 0,
          n[4] ?? 0,
          n[5] ?? 0,
          n[6] ?? 0,
        ];
        super(fields.every(Number.isFinite) ? localToEpoch(utcOf(fields.map(Math.trunc) as Fields), timeZone) : Number.NaN);
      } else if (args.length === 1 && typeof args[0] === 'string') {
        super(parse(args[0]));
      } else {
        super(...(args as []));
      }
    }

    static override parse(text: string): number {
      return parse(String(text));
    }

    override getFullYear() {
      return this.part(0);
    }
    override getMonth() {
      return this.part(1);
    }
    override getDate() {
      return this.part(2);
    }
    override getHours() {
      return this.part(3);
    }
    override getMinutes() {
      return this.part(4);
    }
    override getSeconds() {
      return this.part(5);
    }
    override getMilliseconds() {
      return this.part(6);
    }
    override getDay() {
      const t = this.getTime();
      return Number.isNaN(t) ? Number.NaN : new RealDate(localOf(t)).getUTCDay();
    }
    override getTimezoneOffset() {
      const t = this.getTime();
      return Number.isNaN(t) ? Number.NaN : -offset(t) / 60_000;
    }

    // Rest parameters keep "argument given" apart from "undefined given", as the spec does.
    override setMilliseconds(...a: number[]) {
      return this.change(6, a.slice(0, 1));
    }
    override setSeconds(...a: number[]) {
      return this.change(5, a.slice(0, 2));
    }
    override setMinutes(...a: number[]) {
      return this.change(4, a.slice(0, 3));
    }
    override setHours(...a: number[]) {
      return this.change(3, a.slice(0, 4));
    }
    override setDate(...a: number[]) {
      return this.change(2, a.slice(0, 1));
    }
    override setMonth(...a: number[]) {
      return this.change(1, a.slice(0, 2));
    }
    override setFullYear(...a: number[]) {
      return this.change(0, a.slice(0, 3), true);
    }

    override toString() {
      const t = this.getTime();
      return Number.isNaN(t) ? 'Invalid Date' : `${this.toDateString()} ${this.toTimeString()}`;
    }
    override toDateString() {
      const t = this.getTime();
      if (Number.isNaN(t)) return 'Invalid Date';
      const [y, mo, d] = fieldsOf(t);
      return `${DAYS[this.getDay()]} ${MONTHS[mo]} ${pad(d)} ${y < 0 ? '-' : ''}${pad(y, 4)}`;
    }
    override toTimeString() {
      const t = this.getTime();
      if (Number.isNaN(t)) return 'Invalid Date';
      const [, , , h, mi, s] = fieldsOf(t);
      return `${pad(h)}:${pad(mi)}:${pad(s)} ${offsetText(t)} (${zoneName(t)})`;
    }
    override toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return RealDate.prototype.toLocaleString.call(this, locales, withZone(options));
    }
    override toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return RealDate.prototype.toLocaleDateString.call(this, locales, withZone(options));
    }
    override toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return RealDate.prototype.toLocaleTimeString.call(this, locales, withZone(options));
    }

    private part(i: number): number {
      const t = this.getTime();
      return Number.isNaN(t) ? Number.NaN : (fieldsOf(t)[i] as number);
    }

    /** Replaces local fields from index `from` on with `values`, as the spec's set*() do. */
    private change(from: number, values: number[], fromInvalid = false): number {
      let t = this.getTime();
      if (Number.isNaN(t)) {
        if (!fromInvalid) return Number.NaN;
        t = localToEpoch(0, timeZone);
      }
      const fields = fieldsOf(t);
      if (values.length === 0) values = [Number.NaN];
      values.forEach((v, i) => {
        fields[from + i] = Number(v);
      });
      const next = fields.every(Number.isFinite) ? localToEpoch(utcOf(fields.map(Math.trunc) as Fields), timeZone) : Number.NaN;
      return this.setTime(next);
    }
  }
  return ZonedDate as unknown as DateConstructor;
}

/**
 * The `Intl` the bundle sees: the host's, except that DateTimeFormat without a `timeZone`
 * option formats in the script's zone (as Date's toLocaleString does above).
 */
export function createZonedIntl(timeZone: string): typeof Intl {
  const Real = Intl.DateTimeFormat;
  const zoned = (options: unknown): Intl.DateTimeFormatOptions => {
    const o = (typeof options === 'object' && options !== null ? options : {}) as Intl.DateTimeFormatOptions;
    return o.timeZone === undefined ? { ...o, timeZone } : o;
  };
  const DateTimeFormat = new Proxy(Real, {
    construct: (target, args, newTarget) => Reflect.construct(target, [args[0], zoned(args[1])], newTarget),
    // Intl.DateTimeFormat() without `new` also makes a formatter.
    apply: (target, _this, args) => new target(args[0], zoned(args[1])),
  });
  return Object.create(Intl, { DateTimeFormat: { value: DateTimeFormat, enumerable: false } }) as typeof Intl;
}
