/**
 * This file defines the group's sending choices, kept in Document Properties so every
 * member sees the same: the sender (an alias from GmailApp.getAliases(), or '' for the
 * address of whoever runs the drain) and the "hold all" switch that stops sending at once.
 */
import type { Ports } from './ports';

export const MAIL_KEY = 'mp.mail';

export interface MailSettings {
  from: string;
  hold: boolean;
}

export function mailSettings(ports: Ports): MailSettings {
  const stored = ports.store.readJson<Partial<MailSettings>>(MAIL_KEY);
  return { from: typeof stored?.from === 'string' ? stored.from : '', hold: stored?.hold === true };
}

export function saveMailSettings(ports: Ports, change: Partial<MailSettings>): MailSettings {
  return ports.lock.withLock(() => {
    const next = { ...mailSettings(ports), ...change };
    ports.store.writeJson(MAIL_KEY, next);
    return next;
  });
}
