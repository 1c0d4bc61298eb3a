/**
 * This file defines the preview page's script: it renders the emulated spreadsheet's tabs
 * as tables, the sent emails, calendar events and recent executions, and drives the clock.
 * Every applicant value is set with textContent: it is data, never markup.
 */
interface SheetView {
  name: string;
  values: string[][];
}
interface MailView {
  to: string;
  cc?: string;
  subject: string;
  body: string;
  sentAt: string;
}
interface EventView {
  title: string;
  start: string;
  end: string;
  location: string;
  guests: unknown[];
}
interface ExecutionView {
  name: string;
  status: string;
  start: string;
  error?: string;
}
interface PreviewState {
  now: string;
  sheets: SheetView[];
  mail: MailView[];
  events: EventView[];
  executions: ExecutionView[];
}

let current: PreviewState | null = null;
let selected: string | null = null;

function el(tag: string, attrs: Record<string, string> = {}, text?: string | number): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node;
}

function columnName(index: number): string {
  let name = '';
  let i = index + 1;
  while (i > 0) {
    const m = (i - 1) % 26;
    name = String.fromCharCode(65 + m) + name;
    i = Math.floor((i - 1) / 26);
  }
  return name;
}

function renderGrid(sheet: SheetView | undefined): void {
  const grid = byId('grid');
  grid.textContent = '';
  if (!sheet) {
    grid.appendChild(el('p', { class: 'note' }, 'Inga flikar'));
    return;
  }
  const table = el('table', { 'data-testid': 'sheet-table' });
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  const head = el('tr');
  head.appendChild(el('th', { class: 'rownum' }, ''));
  for (let c = 0; c < width; c++) head.appendChild(el('th', {}, columnName(c)));
  table.appendChild(head);
  sheet.values.forEach((row, r) => {
    const tr = el('tr');
    tr.appendChild(el('td', { class: 'rownum' }, r + 1));
    for (let c = 0; c < width; c++) {
      const value = row[c] ?? '';
      tr.appendChild(el('td', { title: value }, value));
    }
    table.appendChild(tr);
  });
  grid.appendChild(table);
}

function renderTabs(state: PreviewState): void {
  const tabs = byId('tabs');
  tabs.textContent = '';
  if (!state.sheets.some((s) => s.name === selected)) selected = state.sheets[0]?.name ?? null;
  for (const sheet of state.sheets) {
    const rows = Math.max(0, sheet.values.length - 1);
    const button = el('button', { type: 'button', role: 'tab', 'aria-selected': String(sheet.name === selected), 'data-sheet': sheet.name }, `${sheet.name} (${rows})`);
    button.addEventListener('click', () => {
      selected = sheet.name;
      if (current) render(current);
    });
    tabs.appendChild(button);
  }
  renderGrid(state.sheets.find((s) => s.name === selected));
}

function renderMail(mail: MailView[]): void {
  const box = byId('mail');
  box.textContent = '';
  byId('mail-count').textContent = String(mail.length);
  for (const m of mail.slice().reverse().slice(0, 100)) {
    const item = el('details', { class: 'item' });
    item.appendChild(el('summary', {}, m.subject));
    item.appendChild(el('div', { class: 'meta' }, `Till ${m.to}${m.cc ? `, kopia ${m.cc}` : ''} · ${m.sentAt}`));
    item.appendChild(el('pre', {}, m.body));
    box.appendChild(item);
  }
}

function renderEvents(events: EventView[]): void {
  const box = byId('events');
  box.textContent = '';
  byId('event-count').textContent = String(events.length);
  for (const e of events) {
    const item = el('div', { class: 'item' });
    item.appendChild(el('strong', {}, e.title));
    item.appendChild(el('div', { class: 'meta' }, `${e.start} – ${e.end}${e.location ? ` · ${e.location}` : ''}`));
    item.appendChild(el('div', { class: 'meta' }, `${e.guests.length} gäster`));
    box.appendChild(item);
  }
}

function renderExecutions(list: ExecutionView[]): void {
  const box = byId('executions');
  box.textContent = '';
  for (const x of list.slice().reverse()) {
    const item = el('div', { class: x.status === 'failed' ? 'item fail' : 'item' });
    item.appendChild(el('span', {}, `${x.name} · ${x.status}`));
    item.appendChild(el('div', { class: 'meta' }, `${x.start}${x.error ? ` · ${x.error}` : ''}`));
    box.appendChild(item);
  }
}

function render(state: PreviewState): void {
  current = state;
  byId('now').textContent = new Date(state.now).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' });
  renderTabs(state);
  renderMail(state.mail);
  renderEvents(state.events);
  renderExecutions(state.executions ?? []);
}

async function load(): Promise<void> {
  const response = await fetch('/api/state');
  render((await response.json()) as PreviewState);
}

async function post(url: string, body: unknown = {}): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  render((await response.json()) as PreviewState);
}

for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-hours]'))) {
  button.addEventListener('click', () => void post('/api/clock', { hours: Number(button.dataset.hours) }));
}
byId('go').addEventListener('click', () => {
  const value = (byId('to') as HTMLInputElement).value;
  if (value) void post('/api/clock', { to: new Date(value).toISOString() });
});
byId('reset').addEventListener('click', () => {
  void post('/api/reset').then(() => {
    (byId('sidebar') as HTMLIFrameElement).src = '/sidebar';
  });
});
// The sidebar's google.script.run shim reports each finished call, so the sheet stays current.
window.addEventListener('message', (e: MessageEvent) => {
  if ((e.data as { type?: string } | null)?.type === 'mp-ran') void load();
});
void load();
