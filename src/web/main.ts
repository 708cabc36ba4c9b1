import { h, errorBox } from './dom.js';
import { parseHash, type Route } from './router.js';

type Page = (root: HTMLElement, route: Route) => Promise<void>;

/** One lazily loaded module per page: the first page ships only what it draws. */
const PAGES: Record<string, { label: string; href: string; load: () => Promise<{ render: Page }> }> = {
  overview: { label: 'Overview', href: '#/overview', load: () => import('./pages/overview.js') },
  commodity: { label: 'Commodities', href: '#/commodity/tungsten', load: () => import('./pages/commodity.js') },
  country: { label: 'Countries', href: '#/country/KAZ', load: () => import('./pages/country.js') },
  events: { label: 'Events', href: '#/events', load: () => import('./pages/events.js') },
  scenario: { label: 'Scenarios', href: '#/scenario', load: () => import('./pages/scenario.js') },
  ingest: { label: 'Ingest & review', href: '#/ingest', load: () => import('./pages/ingest.js') },
};

const nav = document.getElementById('nav') as HTMLElement;
const main = document.getElementById('main') as HTMLElement;
const links = Object.entries(PAGES).map(([id, p]) => h('a', { href: p.href, 'data-page': id }, p.label));
nav.append(...links);

let generation = 0;
async function show(): Promise<void> {
  const route = parseHash(location.hash);
  const page = PAGES[route.page] ?? PAGES.overview;
  const id = PAGES[route.page] ? route.page : 'overview';
  for (const a of links) a.toggleAttribute('aria-current', a.dataset.page === id);
  const mine = ++generation;
  const root = h('div', { class: `page page-${id}` });
  main.replaceChildren(root);
  main.setAttribute('aria-busy', 'true');
  try {
    const mod = await page!.load();
    if (mine !== generation) return;
    await mod.render(root, route);
  } catch (e) {
    if (mine === generation) root.append(errorBox(e));
  } finally {
    if (mine === generation) {
      main.setAttribute('aria-busy', 'false');
      document.body.dataset.ready = id;
    }
  }
}

window.addEventListener('hashchange', () => {
  void show().then(() => main.focus({ preventScroll: true }));
});
void show();
