import { getPage } from '../api.js';
import { h, usd, sourceLink, num } from '../dom.js';
import { exportBar, type Exportable } from '../export.js';
import { loadPlot, chartWidth } from '../plot.js';
import { setQuery, type Route } from '../router.js';
import type { EventRow } from '../data.js';

const FILTERS = ['country', 'type', 'commodity', 'since', 'until', 'text'] as const;
const TYPES = ['agreement', 'deal', 'investment', 'meeting', 'summit', 'visit', 'statement', 'legislation', 'export_restriction', 'sanction'];

function sourcesOf(e: EventRow): string[] {
  const urls = [...(e.sources ?? []).map((x) => (typeof x === 'string' ? x : (x.url ?? ''))), ...(e.evidence ?? []).map((x) => x.url ?? '')].filter(Boolean);
  return [...new Set(urls)];
}

export async function render(root: HTMLElement, route: Route): Promise<void> {
  const q = Object.fromEntries(FILTERS.map((f) => [f, route.query.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const open = route.query.get('open');
  const form = h(
    'form',
    { class: 'filters', id: 'event-filters', role: 'search' },
    h('label', {}, 'Country ', h('input', { name: 'country', value: q.country, placeholder: 'KAZ', size: 6 })),
    h('label', {}, 'Type ', h('select', { name: 'type' }, h('option', { value: '' }, 'any'), TYPES.map((t) => h('option', { value: t, selected: q.type === t }, t)))),
    h('label', {}, 'Commodity ', h('input', { name: 'commodity', value: q.commodity, placeholder: 'uranium', size: 10 })),
    h('label', {}, 'Since ', h('input', { name: 'since', type: 'date', value: q.since })),
    h('label', {}, 'Until ', h('input', { name: 'until', type: 'date', value: q.until })),
    h('label', {}, 'Text ', h('input', { name: 'text', type: 'search', value: q.text, size: 16 })),
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    setQuery(route, Object.fromEntries(FILTERS.map((f) => [f, String(data.get(f) ?? '').trim()])));
  });
  root.append(h('h1', {}, 'Events'), form);
  const { data: events, total } = await getPage<EventRow>('/api/events', { ...q, limit: 500 });
  const exp: Exportable = {
    name: 'events',
    rows: events.map((e) => ({ id: e.id, date: e.date, type: e.type, title: e.title, actors: (e.actors ?? []).map((a) => a.iso3 ?? a.name).join(';'), commodities: (e.commodities ?? []).map((c) => c.commodity_id).join(';'), value_usd: e.value_usd ?? '', sources: sourcesOf(e).join(' ') })),
    json: events,
    markdown: () =>
      ['# Events briefing', '', `Filters: ${FILTERS.filter((f) => q[f]).map((f) => `${f}=${q[f]}`).join(', ') || 'none'}; ${events.length} events.`, '', ...events.map((e) => `- ${e.date} — ${e.type}: ${e.title}${sourcesOf(e).length ? ` (sources: ${sourcesOf(e).join(', ')})` : ''}`), ''].join('\n'),
  };
  root.append(exportBar(exp), h('p', { class: 'count', id: 'event-count' }, total > events.length ? `${num(events.length)} of ${num(total)} events (narrow the filters to see the rest)` : `${num(events.length)} events`));
  const Plot = await loadPlot();
  const dots = events.filter((e) => /^\d{4}/.test(e.date)).map((e) => ({ date: new Date(e.date.length === 4 ? `${e.date}-07-01` : e.date.length === 7 ? `${e.date}-15` : e.date), type: e.type, title: e.title }));
  if (dots.length) {
    root.append(
      h(
        'section',
        { class: 'card wide' },
        h('h2', {}, 'Timeline'),
        Plot.plot({ width: chartWidth(), height: 60 + 24 * new Set(dots.map((d) => d.type)).size, marginLeft: 120, x: { label: 'date' }, y: { label: null }, marks: [Plot.dot(dots, { x: 'date', y: 'type', fill: 'type', r: 4, tip: true, title: 'title' })] }),
        h('p', { class: 'source' }, 'Source: Lodestone knowledge base — curated event ledger and reviewed news articles.'),
      ),
    );
  }
  const list = h(
    'table',
    { class: 'event-table', id: 'event-list' },
    h('thead', {}, h('tr', {}, ['Date', 'Event (open for evidence and sources)', 'Actors', 'Value'].map((c) => h('th', { scope: 'col' }, c)))),
  );
  const body = h('tbody', {});
  for (const e of events) {
    const d = h(
      'details',
      { class: 'event', 'data-id': e.id, open: e.id === open },
      h('summary', {}, h('span', { class: `tag t-${e.type}` }, e.type), ' ', h('span', { class: 'title' }, e.title), e.review_state && e.review_state !== 'accepted' ? ` (${e.review_state})` : null),
      h(
        'div',
        { class: 'evidence' },
        h('p', {}, `Commodities: ${(e.commodities ?? []).map((c) => c.name ?? c.commodity_id).join(', ') || '—'} · corroboration ${e.corroboration ?? 1}`),
        h('h3', {}, 'Evidence'),
        h('ul', {}, (e.evidence ?? []).map((x) => h('li', {}, h('blockquote', {}, x.sentence), h('cite', {}, x.title ?? '', x.published_date ? `, ${x.published_date}` : '', ' ', sourceLink(x.url, 'source'))))),
        h('h3', {}, 'Sources'),
        h(
          'ul',
          {},
          (e.sources?.length ? e.sources : sourcesOf(e)).map((x) =>
            typeof x === 'string' ? h('li', {}, sourceLink(x)) : h('li', {}, sourceLink(x.url, x.title ?? x.url ?? 'document'), x.published_date ? `, ${x.published_date}` : '', x.url ? '' : ' (pasted text, no URL)'),
          ),
        ),
      ),
    );
    body.append(h('tr', {}, h('td', {}, h('time', {}, e.date)), h('td', {}, d), h('td', {}, (e.actors ?? []).map((a) => a.iso3 ?? a.name).join(', ') || '—'), h('td', { class: 'num' }, e.value_usd ? usd(e.value_usd) : '—')));
  }
  list.append(body);
  root.append(list);
}
