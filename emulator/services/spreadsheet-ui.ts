/**
 * This file defines the emulated spreadsheet user interface (SpreadsheetApp.getUi()): menus
 * (add-on menu, custom menus, sub-menus), the sidebar and dialogs, alerts and prompts. Nothing
 * is drawn; everything shown is recorded in UiState so the emulator and the preview can expose
 * it. Alerts and prompts answer from a queue the test fills, or else with the first button of
 * the set (OK or YES), since no person is there to click.
 */
import type { EmulatorContext } from '../context';
import { attachInternal, internalOf, makeEnum } from './spreadsheet-common';

export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export type ButtonName = keyof typeof Button;
type ButtonSetName = keyof typeof ButtonSet;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  /** '' for the add-on menu, whose caption Google takes from the add-on's name. */
  caption: string;
  addon: boolean;
  entries: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  /** The HtmlOutput object the script passed, for whoever renders it. */
  output: unknown;
  atMs: number;
}

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  button: ButtonName;
  text: string;
  atMs: number;
}

/** What the UI has shown, and the answers queued for the next alerts and prompts. */
export class UiState {
  menus: MenuRecord[] = [];
  sidebar: ShownHtml | null = null;
  dialogs: ShownHtml[] = [];
  alerts: DialogRecord[] = [];
  queuedAnswers: Array<{ button: ButtonName; text?: string }> = [];
  /** False while a trigger runs: getUi() then fails as it does on Google. */
  available = true;
}

const isMenu = (s: unknown): s is MenuRecord => typeof s === 'object' && s !== null && 'entries' in s && 'addon' in s;

export class Menu {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly state: UiState,
    private readonly record: MenuRecord,
  ) {
    attachInternal(this, record);
  }
  addItem(caption: string, functionName: string): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      this.ctx.fail('Menu.addItem', "The parameters don't match the method signature for Menu.addItem.");
    }
    this.record.entries.push({ kind: 'item', caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.record.entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: unknown): this {
    const sub = internalOf(menu, isMenu);
    if (!sub || sub.addon) this.ctx.fail('Menu.addSubMenu', "The parameters don't match the method signature for Menu.addSubMenu.");
    this.record.entries.push({ kind: 'submenu', menu: sub as MenuRecord });
    return this;
  }
  /** Shows the menu; adding one with the same caption again replaces it (onOpen runs twice). */
  addToUi(): void {
    const i = this.state.menus.findIndex((m) => m.addon === this.record.addon && m.caption === this.record.caption);
    const copy: MenuRecord = { ...this.record, entries: this.record.entries.slice() };
    if (i >= 0) this.state.menus[i] = copy;
    else this.state.menus.push(copy);
  }
}

class PromptResponse {
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): ButtonName {
    return this.button;
  }
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly state: UiState,
  ) {}

  createAddonMenu(): Menu {
    return new Menu(this.ctx, this.state, { caption: '', addon: true, entries: [] });
  }
  createMenu(caption: string): Menu {
    return new Menu(this.ctx, this.state, { caption: String(caption), addon: false, entries: [] });
  }

  private html(method: string, kind: ShownHtml['kind'], output: unknown, title?: string): ShownHtml {
    const o = output as { getContent?: unknown; getTitle?: unknown } | null;
    if (!o || typeof o !== 'object' || typeof o.getContent !== 'function') {
      return this.ctx.fail(method, `The parameters don't match the method signature for Ui.${method.split('.')[1]}.`);
    }
    const shownTitle = title ?? (typeof o.getTitle === 'function' ? String((o.getTitle as () => unknown)()) : '');
    const html = String((o.getContent as () => unknown)());
    return { kind, title: shownTitle, html, output, atMs: this.ctx.clock.now() };
  }

  showSidebar(userInterface: unknown): void {
    this.state.sidebar = this.html('Ui.showSidebar', 'sidebar', userInterface);
  }
  showModalDialog(userInterface: unknown, title: string): void {
    this.state.dialogs.push(this.html('Ui.showModalDialog', 'modal', userInterface, String(title)));
  }
  showModelessDialog(userInterface: unknown, title: string): void {
    this.state.dialogs.push(this.html('Ui.showModelessDialog', 'modeless', userInterface, String(title)));
  }

  private ask(kind: DialogRecord['kind'], args: unknown[]): DialogRecord {
    const buttonsArg = args.length >= 2 ? args[args.length - 1] : 'OK';
    const buttons = (typeof buttonsArg === 'string' && buttonsArg in ButtonSet ? buttonsArg : 'OK') as ButtonSetName;
    const title = args.length === 3 ? String(args[0]) : '';
    const prompt = String(args.length === 3 ? args[1] : args[0]);
    const queued = this.state.queuedAnswers.shift();
    const button: ButtonName = queued?.button ?? (buttons.startsWith('YES') ? 'YES' : 'OK');
    const record: DialogRecord = { kind, title, prompt, buttons, button, text: queued?.text ?? '', atMs: this.ctx.clock.now() };
    this.state.alerts.push(record);
    return record;
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(...args: unknown[]): ButtonName {
    return this.ask('alert', args).button;
  }
  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(...args: unknown[]): PromptResponse {
    const r = this.ask('prompt', args);
    return new PromptResponse(r.text, r.button);
  }
}
