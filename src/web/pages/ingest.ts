import { getJson, postJson, getToken, setToken, clearToken, ApiError } from '../api.js';
import { h, errorBox, sourceLink } from '../dom.js';
import { exportBar, type Exportable } from '../export.js';
import { hrefFor, type Route } from '../router.js';

interface Extraction {
  header: { url: string | null; title: string | null; date: string | null };
  body: string;
  entities: { type: string; name: string; canonical: string; start: number; end: number; resolved_id: string | null }[];
  events: { type: string; date: string | null; actors: string[]; location: string | null; commodities: string[]; evidence: string; evidence_start: number; evidence_end: number; confidence: number; value: { amount: number; currency: string; usd: number | null } | null }[];
}

interface IngestResult {
  report: { items: { document_id: string; status: string; events_created: string[]; events_merged: string[] }[] };
  extraction: Extraction;
}

interface PendingEvent {
  id: string;
  type: string;
  title: string;
  date: string;
  evidence: { sentence: string; url: string | null; title: string | null }[];
  reviews: { who: string; at: string; action: string; changes?: string | null; reason?: string | null }[];
}

interface HistoryEntry {
  at: string;
  id: string;
  action: string;
  detail: string;
}

interface ServerReview {
  event_id: string;
  at: string;
  who: string;
  action: string;
  changes: string;
  reason: string | null;
  title: string;
}

/** The review audit trail as the server keeps it (GET /api/review/history), newest first. */
let serverHistory: HistoryEntry[] = [];

function toEntry(r: ServerReview): HistoryEntry {
  let detail = r.reason ?? '';
  try {
    const changes = JSON.parse(r.changes) as Record<string, { from?: unknown; to?: unknown }>;
    const parts = Object.entries(changes).filter(([, c]) => c && typeof c === 'object' && 'to' in c).map(([k, c]) => `${k}: ${String(c.from)} → ${String(c.to)}`);
    if (parts.length) detail = [parts.join('; '), detail].filter(Boolean).join(' — ');
  } catch {
    // a change record that is not JSON is shown without details
  }
  return { at: r.at, id: r.event_id, action: r.action, detail: [`by ${r.who}`, r.title, detail].filter(Boolean).join(' · ') };
}

/**
 * The article with its entities and event evidence marked. Spans are built from the offsets
 * with textContent only: the article can contain markup (even <script>) and it stays text.
 */
export function highlighted(x: Extraction): HTMLElement {
  const marks: { start: number; end: number; cls: string; label: string }[] = [
    ...x.events.map((e) => ({ start: e.evidence_start, end: e.evidence_end, cls: `ev ev-${e.type}`, label: `${e.type} evidence` })),
    ...x.entities.map((e) => ({ start: e.start, end: e.end, cls: `ent ent-${e.type}`, label: `${e.type}: ${e.canonical}` })),
  ].filter((m) => m.start >= 0 && m.end <= x.body.length && m.end > m.start);
  // boundaries of every mark, then one leaf span per segment carrying the classes that cover it
  const cuts = [...new Set([0, x.body.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out = h('div', { class: 'article', id: 'article-preview' });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const cover = marks.filter((m) => m.start <= a && m.end >= b);
    const text = x.body.slice(a, b);
    if (!cover.length) out.append(document.createTextNode(text));
    else {
      const span = document.createElement('mark');
      span.className = cover.map((m) => m.cls).join(' ');
      span.title = cover.map((m) => m.label).join('; ');
      span.textContent = text;
      out.append(span);
    }
  }
  return out;
}

function tokenForm(onSaved: () => void): HTMLElement {
  const input = h('input', { type: 'password', id: 'api-token', autocomplete: 'off', size: 30, 'aria-label': 'API token' });
  const form = h('form', { class: 'token' }, h('label', { for: 'api-token' }, 'API token (printed by npm start; kept in this browser) '), input, h('button', { type: 'submit' }, 'Save token'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!input.value.trim()) return;
    setToken(input.value);
    onSaved();
  });
  return form;
}

export async function render(root: HTMLElement, _route: Route): Promise<void> {
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const tokenBox = h('div', { id: 'token-box' });
  const showToken = (): void => {
    tokenBox.replaceChildren(getToken() ? h('p', {}, 'API token saved. ', h('button', { type: 'button', onclick: () => (clearToken(), showToken()) }, 'Forget token')) : tokenForm(showToken));
  };
  showToken();
  const text = h('textarea', { id: 'article-text', name: 'text', rows: 12, required: true, 'aria-label': 'Article text' });
  // optional: an article may carry its own URL:/TITLE:/DATE: header
  const date = h('input', { id: 'article-date', name: 'date', type: 'date' });
  const title = h('input', { id: 'article-title', name: 'title', size: 40 });
  const url = h('input', { id: 'article-url', name: 'url', type: 'url', size: 40 });
  const form = h(
    'form',
    { id: 'ingest-form', class: 'stack' },
    h('label', {}, 'Article text ', text),
    h('div', { class: 'filters' }, h('label', {}, 'Date ', date), h('label', {}, 'Title ', title), h('label', {}, 'URL ', url)),
    h('button', { type: 'submit' }, 'Preview extraction'),
  );
  const preview = h('div', { id: 'preview' });
  const queue = h('section', { class: 'card', id: 'review-queue' }, h('h2', {}, 'Pending review'));
  const hist = h('section', { class: 'card', id: 'review-history' }, h('h2', {}, 'Review history'));
  const article = (): { text: string; date?: string; title?: string; url?: string } => ({ text: text.value, ...(date.value ? { date: date.value } : {}), ...(title.value.trim() ? { title: title.value.trim() } : {}), ...(url.value.trim() ? { url: url.value.trim() } : {}) });

  async function write<T>(path: string, body: unknown): Promise<T | null> {
    if (!getToken()) {
      status.replaceChildren(errorBox('Enter the API token first (it is printed by "npm start").'));
      tokenBox.querySelector('input')?.focus();
      return null;
    }
    try {
      return await postJson<T>(path, body, true);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) showToken();
      status.replaceChildren(errorBox(e));
      return null;
    }
  }

  async function review(body: { accept?: string[]; reject?: string[]; reason?: string; edits?: { id: string; fields: Record<string, string> }[] }, label: string): Promise<void> {
    const out = await write<{ id: string; action: string; changes: Record<string, { from: unknown; to: unknown }>; skipped?: string }[]>('/api/review', { ...body, who: 'dashboard' });
    if (!out) return;
    status.replaceChildren(h('p', {}, `${label}: ${out.map((o) => o.id).join(', ')}. `, h('a', { href: hrefFor('events', [], { text: '' }) }, 'See the events page')));
    await refresh();
  }

  function eventItem(e: PendingEvent): HTMLElement {
    const reason = h('input', { size: 24, placeholder: 'reason to reject', 'aria-label': `Reason to reject ${e.title}` });
    const newTitle = h('input', { size: 30, value: e.title, 'aria-label': `Title of ${e.id}` });
    const newDate = h('input', { size: 10, value: e.date, 'aria-label': `Date of ${e.id}` });
    return h(
      'li',
      { class: 'pending', 'data-id': e.id },
      h('p', {}, h('time', {}, e.date), ' ', h('span', { class: `tag t-${e.type}` }, e.type), ' ', h('strong', {}, e.title)),
      h('ul', {}, e.evidence.map((x) => h('li', {}, h('blockquote', {}, x.sentence), ' ', sourceLink(x.url, x.title ?? 'source')))),
      e.reviews.length ? h('p', { class: 'source' }, `Audit: ${e.reviews.map((r) => `${r.at.slice(0, 16)} ${r.who} ${r.action}`).join('; ')}`) : null,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'accept', onclick: () => void review({ accept: [e.id] }, 'Accepted') }, 'Accept'),
        reason,
        h('button', { type: 'button', class: 'reject', onclick: () => (reason.value.trim() ? void review({ reject: [e.id], reason: reason.value.trim() }, 'Rejected') : (reason.focus(), status.replaceChildren(errorBox('Give a reason to reject.')))) }, 'Reject'),
        newTitle,
        newDate,
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              const fields = { ...(newTitle.value !== e.title ? { title: newTitle.value } : {}), ...(newDate.value !== e.date ? { date: newDate.value } : {}) };
              if (Object.keys(fields).length) void review({ edits: [{ id: e.id, fields }] }, 'Edited');
              else status.replaceChildren(errorBox('Change the title or the date first.'));
            },
          },
          'Save edit',
        ),
      ),
    );
  }

  async function refresh(): Promise<void> {
    try {
      const pending = await getJson<PendingEvent[]>('/api/review');
      queue.replaceChildren(h('h2', {}, `Pending review (${pending.length})`), pending.length ? h('ul', { class: 'queue' }, pending.map(eventItem)) : h('p', {}, 'Nothing pending.'));
    } catch (e) {
      queue.replaceChildren(h('h2', {}, 'Pending review'), errorBox(e));
    }
    try {
      serverHistory = (await getJson<ServerReview[]>('/api/review/history?limit=50')).map(toEntry);
      const hs = serverHistory;
      hist.replaceChildren(h('h2', {}, 'Review history'), hs.length ? h('ul', {}, hs.map((x) => h('li', {}, `${x.at.slice(0, 19).replace('T', ' ')} ${x.action} ${x.id}${x.detail ? ` — ${x.detail}` : ''}`))) : h('p', {}, 'No reviews yet.'), h('p', { class: 'source' }, 'Source: the audit trail in the database (event_review), latest 50 actions.'));
    } catch (e) {
      hist.replaceChildren(h('h2', {}, 'Review history'), errorBox(e));
    }
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      status.replaceChildren();
      preview.replaceChildren(h('p', { class: 'loading' }, 'Extracting…'));
      try {
        const x = await postJson<Extraction>('/api/extract', article());
        preview.replaceChildren(
          h('h2', {}, `Found ${x.entities.length} entities and ${x.events.length} events`),
          highlighted(x),
          h('ol', { class: 'found-events' }, x.events.map((e) => h('li', {}, h('span', { class: `tag t-${e.type}` }, e.type), ` ${e.date ?? 'no date'} · ${e.actors.join(', ')}${e.location ? ` · ${e.location}` : ''}${e.commodities.length ? ` · ${e.commodities.join(', ')}` : ''} — `, h('q', {}, e.evidence)))),
          h('div', { class: 'actions' }, h('button', { type: 'button', id: 'store-pending', onclick: () => void store(false) }, 'Store for review'), h('button', { type: 'button', id: 'store-accept', onclick: () => void store(true) }, 'Store and accept all')),
        );
      } catch (e) {
        preview.replaceChildren();
        status.replaceChildren(errorBox(e));
      }
    })();
  });

  async function store(accept: boolean): Promise<void> {
    const r = await write<IngestResult>('/api/ingest', { ...article(), accept, who: 'dashboard' });
    if (!r) return;
    const item = r.report.items[0];
    const ids = [...(item?.events_created ?? []), ...(item?.events_merged ?? [])];
    status.replaceChildren(h('p', {}, `Stored (${item?.status ?? 'done'}): ${ids.length} events ${accept ? 'accepted' : 'pending review'}. `, h('a', { href: hrefFor('events', [], { text: '' }) }, 'See the events page')));
    await refresh();
  }

  // read at click time, so the export holds the reviews made since the page opened
  const exp: Exportable = {
    name: 'review-history',
    get rows() {
      return serverHistory as unknown as Record<string, unknown>[];
    },
    markdown: () => ['# Review history', '', ...serverHistory.map((x) => `- ${x.at} ${x.action} ${x.id}${x.detail ? `: ${x.detail}` : ''}`), '', 'Source: Lodestone review audit trail (event_review).', ''].join('\n'),
  };
  root.append(h('h1', {}, 'Ingest and review'), tokenBox, form, status, preview, h('div', { class: 'grid' }, queue, hist), exportBar(exp));
  await refresh();
}
