/**
 * DOM helpers. Every string from the API goes in as a text node (textContent) — never as HTML —
 * so article text and titles cannot inject markup (issue 5, "Safety").
 */
export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A link to an external source: only http(s) URLs become links; anything else stays text. */
export function sourceLink(url: string | null | undefined, label?: string): Node {
  if (url && /^https?:\/\//i.test(url)) return h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, label ?? url);
  return document.createTextNode(label ?? url ?? '');
}

export const pct = (x: number | null | undefined, digits = 1): string => (x === null || x === undefined || !Number.isFinite(x) ? '—' : `${(x * 100).toFixed(digits)} %`);
export const num = (x: number | null | undefined, digits = 0): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits });
export const usd = (x: number | null | undefined): string =>
  x === null || x === undefined || !x ? '—' : x >= 1e9 ? `USD ${(x / 1e9).toFixed(2)} bn` : x >= 1e6 ? `USD ${(x / 1e6).toFixed(1)} m` : `USD ${num(x)}`;

export interface Column<T> {
  label: string;
  value: (row: T) => Child;
  numeric?: boolean;
}

export function table<T>(rows: T[], columns: Column<T>[], caption?: string): HTMLTableElement {
  return h(
    'table',
    {},
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, columns.map((c) => h('td', { class: c.numeric ? 'num' : null }, c.value(r)))))),
  );
}

/** A titled figure with its source line ("Source: … , year"). */
export function figure(title: string, source: string, ...body: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...body, h('p', { class: 'source' }, `Source: ${source}`));
}

export function errorBox(err: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err));
}

/** Renders a section that loads on its own, so one failing request does not blank the page. */
export function lazySection(title: string, load: () => Promise<Child | Child[]>): HTMLElement {
  const body = h('div', { class: 'loading' }, 'Loading…');
  const sec = h('section', { class: 'card' }, h('h2', {}, title), body);
  load().then(
    (c) => {
      body.className = '';
      body.replaceChildren();
      append(body, [c]);
    },
    (e) => body.replaceChildren(errorBox(e)),
  );
  return sec;
}
