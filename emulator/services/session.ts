/**
 * This file defines Session: the running execution's user (a trigger runs as its creator, so
 * inside it both users are the creator), the script's time zone, the user's language, and a
 * temporary user key stable per user and seed. getActiveUser().getEmail() is blank where
 * Google withholds it: in simple triggers, and in a published add-on for a user outside the
 * developer's domain (README § Modelled behaviour).
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
  deployment: 'bound' | 'addon';
  developerDomain: string;
}

export function createSession(ctx: EmulatorContext, options: SessionOptions) {
  const activeEmail = (): string => {
    const email = ctx.user.email;
    if (ctx.execution()?.kind === 'simple-trigger') return '';
    if (options.deployment === 'addon' && email.split('@')[1]?.toLowerCase() !== options.developerDomain.toLowerCase()) return '';
    return email;
  };
  const key = () => createHash('sha256').update(`${options.seed}:${ctx.user.email}`).digest('base64').replace(/=+$/, '');
  const service = {
    getActiveUser: () => new User(activeEmail()),
    getEffectiveUser: () => new User(ctx.user.email),
    getScriptTimeZone: () => ctx.timeZone,
    /** The user's language, e.g. 'sv' for the locale 'sv_SE' (Google returns the language code). */
    getActiveUserLocale: () => ctx.locale.split(/[_-]/)[0] ?? ctx.locale,
    getTemporaryActiveUserKey: () => key(),
    getTimeZone: () => ctx.timeZone,
  };
  return { service };
}
