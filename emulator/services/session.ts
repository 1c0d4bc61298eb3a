/**
 * This file defines Session: the emulator's single user (active and effective user are the
 * same account: installable triggers run as the user who created them, and the emulator
 * has one user), the script's time zone, the user's language, and a temporary user key
 * that is stable per user and seed.
 */
import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../context';

class User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getUserLoginId(): string {
    return this.email;
  }
}

export interface SessionOptions {
  seed: number;
}

export function createSession(ctx: EmulatorContext, options: SessionOptions) {
  const user = new User(ctx.user.email);
  const key = createHash('sha256').update(`${options.seed}:${ctx.user.email}`).digest('base64').replace(/=+$/, '');
  const service = {
    getActiveUser: () => user,
    getEffectiveUser: () => user,
    getScriptTimeZone: () => ctx.timeZone,
    /** The user's language, e.g. 'sv' for the locale 'sv_SE' (Google returns the language code). */
    getActiveUserLocale: () => ctx.locale.split(/[_-]/)[0] ?? ctx.locale,
    getTemporaryActiveUserKey: () => key,
    getTimeZone: () => ctx.timeZone,
  };
  return { service };
}
