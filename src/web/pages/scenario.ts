import { getJson, postJson, listOf } from '../api.js';
import { h, pct, num, table, lazySection } from '../dom.js';
import { exportBar, mdTable, type Exportable } from '../export.js';
import { setQuery, type Route } from '../router.js';

interface ScenarioReport {
  commodity: { id: string; name: string };
  base_year: number;
  source: { dataset: string; vintage: string; stage: string; series: string; unit: string; supply_trade: string; exposure_trade: string };
  price_change: { median: number; p05: number; p95: number };
  quantity_change: { median: number; p05: number; p95: number };
  monte_carlo: { runs: number; seed: number };
  hhi: { before: number; after: number };
  shares: { iso3: string | null; name: string; before: number; after: number }[];
  shortfall: { iso3: string; name: string; lost: number; total_imports: number; shortfall_share: number; unit: string }[];
  headroom: { iso3: string | null; name: string; spare: number; capacity_basis: string }[];
  substitutes?: unknown;
  notes: string[];
}

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(0)} %`;

export async function render(root: HTMLElement, route: Route): Promise<void> {
  const q = route.query;
  const commodities = listOf<{ id: string; name: string }>(await getJson('/api/commodities').catch(() => []));
  const v = {
    commodity: q.get('commodity') ?? 'gallium',
    supplier: q.get('supplier') ?? 'CHN',
    cut: q.get('cut') ?? '1',
    targets: q.get('targets') ?? '',
    add: q.get('add') ?? '',
    demand: q.get('demand') ?? '0',
  };
  const form = h(
    'form',
    { class: 'filters', id: 'scenario-form' },
    h('label', {}, 'Commodity ', h('select', { name: 'commodity' }, commodities.map((c) => h('option', { value: c.id, selected: c.id === v.commodity }, c.name)))),
    h('label', {}, 'Supplier ', h('input', { name: 'supplier', value: v.supplier, size: 6, placeholder: 'CHN' })),
    h('label', {}, 'Export cut ', h('input', { name: 'cut', type: 'range', min: 0, max: 1, step: 0.05, value: v.cut, 'aria-valuetext': pct(Number(v.cut), 0) }), h('output', { name: 'cutOut' }, pct(Number(v.cut), 0))),
    h('label', {}, 'Targets ', h('input', { name: 'targets', value: v.targets, size: 12, placeholder: 'all, or USA,JPN' })),
    h('label', {}, 'New supply ', h('input', { name: 'add', value: v.add, size: 16, placeholder: 'KAZ:5000@2027' })),
    h('label', {}, 'Demand change ', h('input', { name: 'demand', type: 'number', step: 0.05, min: -0.95, value: v.demand, size: 5 })),
    h('button', { type: 'submit' }, 'Run scenario'),
  );
  const cutInput = form.querySelector('input[name=cut]') as HTMLInputElement;
  cutInput.addEventListener('input', () => {
    (form.querySelector('output') as HTMLOutputElement).textContent = pct(Number(cutInput.value), 0);
    cutInput.setAttribute('aria-valuetext', pct(Number(cutInput.value), 0));
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    setQuery(route, { run: '1', ...Object.fromEntries(['commodity', 'supplier', 'cut', 'targets', 'add', 'demand'].map((k) => [k, String(d.get(k) ?? '').trim()])) });
  });
  root.append(h('h1', {}, 'Scenarios: what if a supplier cuts exports?'), form);
  if (!q.has('run')) {
    root.append(h('p', { class: 'hint' }, 'Choose a supplier, a cut (1 = a complete ban), optional target importers and new supply, then run.'));
    return;
  }
  const additions = v.add
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^([A-Za-z]{3}):(\d+(?:\.\d+)?)(?:@(\d{4}))?$/.exec(s);
      if (!m) throw new Error(`New supply "${s}": write ISO3:TONNES or ISO3:TONNES@YEAR, e.g. KAZ:5000@2027`);
      return { country: (m[1] as string).toUpperCase(), tonnes: Number(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) };
    });
  const body = {
    commodity: v.commodity,
    ...(v.supplier ? { supplier: v.supplier, cut: Number(v.cut) } : {}),
    ...(v.targets ? { targets: v.targets.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    additions,
    demand: Number(v.demand) || 0,
  };
  const r = await postJson<ScenarioReport>('/api/scenarios', body);
  const src = `${r.source.dataset} ${r.source.vintage}, ${r.source.series} (${r.source.stage}), base year ${r.base_year}; supply trade ${r.source.supply_trade}; importer trade ${r.source.exposure_trade}`;
  const exp: Exportable = {
    name: `scenario-${r.commodity.id}-${v.supplier || 'none'}`,
    rows: r.shortfall.map((s) => ({ importer: s.iso3, name: s.name, lost: s.lost, total_imports: s.total_imports, shortfall_share: s.shortfall_share, unit: s.unit })),
    json: { request: body, report: r },
    markdown: () =>
      [
        `# Scenario: ${r.commodity.name}, ${v.supplier ? `${v.supplier} cuts exports by ${pct(Number(v.cut), 0)}` : 'supply change'}`,
        '',
        `Price change (median of ${r.monte_carlo.runs} runs, seed ${r.monte_carlo.seed}): ${signed(r.price_change.median)}; 5–95 %: ${signed(r.price_change.p05)} to ${signed(r.price_change.p95)}. Quantity ${signed(r.quantity_change.median)}. HHI ${r.hhi.before.toFixed(3)} → ${r.hhi.after.toFixed(3)}.`,
        '',
        '## Shortfall per importer',
        '',
        mdTable(r.shortfall.slice(0, 15).map((s) => [s.name, num(s.lost, 1), pct(s.shortfall_share)]), ['Importer', `Lost (${r.shortfall[0]?.unit ?? 't'})`, 'Share of imports']),
        '',
        '## Sources',
        '',
        `- ${src}`,
        ...r.notes.map((n) => `- Note: ${n}`),
        '',
      ].join('\n'),
  };
  root.append(
    exportBar(exp),
    h(
      'section',
      { class: 'card wide', id: 'price-band' },
      h('h2', {}, 'Price band'),
      h('p', { class: 'big' }, `Price ${signed(r.price_change.median)}`),
      h('p', {}, `5–95 % range: ${signed(r.price_change.p05)} to ${signed(r.price_change.p95)} · quantity ${signed(r.quantity_change.median)} · HHI ${r.hhi.before.toFixed(3)} → ${r.hhi.after.toFixed(3)}`),
      h('div', { class: 'band', role: 'img', 'aria-label': `price change from ${signed(r.price_change.p05)} to ${signed(r.price_change.p95)}, median ${signed(r.price_change.median)}` }, bandSvg(r.price_change)),
      h('p', { class: 'source' }, `Monte-Carlo over the parameter ranges, ${r.monte_carlo.runs} runs, seed ${r.monte_carlo.seed}. Source: ${src}.`),
    ),
  );
  const grid = h('div', { class: 'grid' });
  root.append(grid);
  grid.append(
    h(
      'section',
      { class: 'card' },
      h('h2', {}, 'Shortfall per importer'),
      table(r.shortfall.slice(0, 20), [
        { label: 'Importer', value: (s) => s.name },
        { label: `Lost (${r.shortfall[0]?.unit ?? 't'})`, value: (s) => num(s.lost, 1), numeric: true },
        { label: 'Share of imports', value: (s) => pct(s.shortfall_share), numeric: true },
      ]),
      h('p', { class: 'source' }, `Source: ${r.source.exposure_trade}.`),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, 'Production shares and substitutes'),
      table(r.shares, [
        { label: 'Producer', value: (s) => s.name },
        { label: 'Before', value: (s) => pct(s.before), numeric: true },
        { label: 'After', value: (s) => pct(s.after), numeric: true },
      ]),
      h('h3', {}, 'Spare capacity elsewhere (substitute supply)'),
      table(r.headroom, [
        { label: 'Producer', value: (s) => s.name },
        { label: `Spare (${r.source.unit})`, value: (s) => num(s.spare), numeric: true },
        { label: 'Basis', value: (s) => s.capacity_basis },
      ]),
      r.notes.length ? h('ul', { class: 'notes' }, r.notes.map((n) => h('li', {}, n))) : null,
      h('p', { class: 'source' }, `Source: ${r.source.dataset} ${r.source.vintage}, ${r.base_year}.`),
    ),
    lazySection(`Substitute suppliers for the United States${v.supplier ? `, without ${v.supplier.toUpperCase()}` : ''}`, async () => {
      const s = await getJson<{ suppliers: { rank: number; name: string; score: number; production_share: number | null; restriction: string; c5: boolean }[]; production_source: { dataset: string; vintage: string; year: number }; score: { formula: string } }>(
        `/api/suppliers/${encodeURIComponent(r.commodity.id)}`,
        { importer: 'USA', exclude: v.supplier ? v.supplier.toUpperCase() : null },
      );
      return [
        table(s.suppliers.slice(0, 8), [
          { label: '#', value: (x) => x.rank, numeric: true },
          { label: 'Supplier', value: (x) => `${x.name}${x.c5 ? ' (C5)' : ''}` },
          { label: 'Score', value: (x) => x.score.toFixed(2), numeric: true },
          { label: 'Production share', value: (x) => pct(x.production_share), numeric: true },
          { label: 'Restriction', value: (x) => x.restriction },
        ]),
        h('p', { class: 'source' }, `Score: ${s.score.formula}. Source: ${s.production_source.dataset} ${s.production_source.vintage}, ${s.production_source.year}; WGI; trade and restriction ledgers.`),
      ];
    }),
  );
}

/** The 5–95 % band and the median on a 0 … max axis, as an SVG strip. */
function bandSvg(p: { median: number; p05: number; p95: number }): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const max = Math.max(0.5, p.p95 * 1.15);
  const min = Math.min(0, p.p05);
  const x = (v: number): number => 10 + ((v - min) / (max - min)) * 580;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 600 50');
  svg.setAttribute('class', 'band-svg');
  const mk = (tag: string, attrs: Record<string, string | number>, text?: string): void => {
    const e = document.createElementNS(NS, tag);
    for (const [k, val] of Object.entries(attrs)) e.setAttribute(k, String(val));
    if (text) e.textContent = text;
    svg.append(e);
  };
  mk('line', { x1: 10, x2: 590, y1: 30, y2: 30, stroke: '#999' });
  mk('rect', { x: x(p.p05), width: Math.max(2, x(p.p95) - x(p.p05)), y: 20, height: 20, fill: '#f4a582' });
  mk('line', { x1: x(p.median), x2: x(p.median), y1: 14, y2: 46, stroke: '#b2182b', 'stroke-width': 3 });
  mk('text', { x: x(p.p05), y: 12, 'font-size': 11 }, signed(p.p05));
  mk('text', { x: x(p.p95), y: 12, 'font-size': 11, 'text-anchor': 'end' }, signed(p.p95));
  return svg;
}
