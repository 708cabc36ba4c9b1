import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithChromium, REPO, screenshot, startHarness, TOKEN, type Harness } from './support.js';

const fixture = (name: string): string => readFileSync(join(REPO, 'test', 'fixtures', 'web', name), 'utf8');

describeWithChromium('dashboard in Chromium', () => {
  let t: Harness;
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  beforeAll(async () => {
    t = await startHarness();
    t.page.on('pageerror', (e) => pageErrors.push(e.message));
    t.page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) cspViolations.push(m.text());
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('overview', () => {
    it('shows the map of Central Asia with its facilities and the sites without coordinates', async () => {
      await t.page.goto(t.url('#/overview'));
      await t.page.locator('.map-box svg .marker').first().waitFor();
      expect(await t.page.locator('.map-box svg .marker').count()).toBeGreaterThan(50);
      // data/facility.csv: fac-kaz-boguty "Boguty (Boguta) tungsten mine", KAZ, 43.539444, 78.975278, exact
      expect(await t.page.locator('.map-box svg .marker[data-id="fac-kaz-boguty"]').getAttribute('aria-label')).toContain('tungsten');
      // data/facility.csv: "Severny Katpar (Northern Katpar)" has no coordinates
      await expect.poll(() => t.page.locator('.unlocated').innerText()).toContain('Severny Katpar');
      await t.page.locator('.page-overview .events li').first().waitFor();
      await t.page.locator('.page-overview table').nth(1).waitFor();
      await screenshot(t.page, 'overview');
      const [geo] = await Promise.all([t.page.waitForEvent('download'), t.page.locator('button[data-export="geojson"]').click()]);
      expect(geo.suggestedFilename()).toBe('overview-central-asia.geojson');
      const fc = JSON.parse(readFileSync((await geo.path()) as string, 'utf8')) as { type: string; features: { properties: { id: string }; geometry: { coordinates: number[] } | null }[] };
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features.find((f) => f.properties.id === 'fac-kaz-boguty')?.geometry?.coordinates).toEqual([78.975278, 43.539444]);
    });

    it('is usable by keyboard: the first Tab reaches the skip link, markers take focus', async () => {
      await t.page.goto(t.url('#/overview'));
      await t.page.reload(); // a fresh page: the same hash alone would keep the focus where it was
      await t.page.locator('.map-box svg .marker').first().waitFor();
      await t.page.keyboard.press('Tab');
      expect(await t.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      await t.page.locator('.map-box svg .marker').first().focus();
      expect(await t.page.evaluate(() => document.activeElement?.getAttribute('class'))).toBe('marker');
    });

    it('fits a phone-width screen, as does the commodity page', async () => {
      await t.page.setViewportSize({ width: 390, height: 844 });
      await t.page.goto(t.url('#/overview'));
      await t.page.locator('.map-box svg .marker').first().waitFor();
      expect(await t.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await screenshot(t.page, 'overview-phone');
      await t.page.goto(t.url('#/commodity/tungsten'));
      await t.page.getByText('GeoPolRisk score').waitFor();
      expect(await t.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await screenshot(t.page, 'commodity-phone');
      await t.page.setViewportSize({ width: 1280, height: 800 });
    });
  });

  describe('commodity page', () => {
    it('shows China near 79 % of tungsten mine production in 2025', async () => {
      await t.page.goto(t.url('#/commodity/tungsten'));
      const stat = t.page.locator('[data-stat="china-share"]');
      await stat.waitFor();
      // data/figure.csv, usgs-mcs 2026, tungsten mine production 2025: China 67,000 of world 85,000 t = 78.8 %
      expect(await stat.innerText()).toBe('78.8 %');
      expect(await t.page.locator('#headline .source').innerText()).toContain('USGS Mineral Commodity Summaries 2026, data year 2025');
      await t.page.getByText('GeoPolRisk score').waitFor();
      await t.page.locator('svg.lsplot').first().waitFor();
      await screenshot(t.page, 'commodity-tungsten');
    });

    it('exports the producers as CSV and a briefing note with sources', async () => {
      await t.page.goto(t.url('#/commodity/tungsten'));
      await t.page.locator('[data-stat="china-share"]').waitFor();
      const [csv] = await Promise.all([t.page.waitForEvent('download'), t.page.locator('button[data-export="csv"]').click()]);
      expect(csv.suggestedFilename()).toBe('commodity-tungsten-2025.csv');
      const text = readFileSync((await csv.path()) as string, 'utf8');
      expect(text.split('\r\n')[0]).toBe('iso3,name,value,unit,share,year,dataset,vintage');
      expect(text).toContain('CHN,China,67000,metric tons,0.788235294117647,2025,usgs-mcs,2026');
      const [md] = await Promise.all([t.page.waitForEvent('download'), t.page.locator('button[data-export="briefing"]').click()]);
      const note = readFileSync((await md.path()) as string, 'utf8');
      expect(note).toContain('China produced 78.8 % of world mine production in 2025');
      expect(note).toContain('## Sources');
      expect(note).toContain('https://doi.org/');
    });
  });

  describe('country page', () => {
    it('shows Kazakhstan first in world uranium', async () => {
      await t.page.goto(t.url('#/country/KAZ'));
      const first = t.page.locator('#positions tbody tr').first();
      await first.waitFor();
      // data/figure.csv, wmd 2024, uranium (U3O8) 2022: Kazakhstan 25,031 t, rank 1, 44.7 %
      expect(await first.innerText()).toMatch(/Uranium\s+mine\s+1\s+44\.7 %/);
      await t.page.locator('svg.map .marker').first().waitFor();
      await t.page.getByRole('columnheader', { name: 'Counterpart' }).waitFor();
      await screenshot(t.page, 'country-kaz');
    });
  });

  describe('events page', () => {
    it('filters by the URL and opens an event on its evidence and sources', async () => {
      await t.page.goto(t.url('#/events?country=KAZ&type=summit'));
      await t.page.locator('#event-count').waitFor();
      const first = t.page.locator('#event-list details.event').first();
      await first.locator('summary').click();
      await first.locator('.evidence blockquote').first().waitFor();
      expect(await first.locator('summary .tag').innerText()).toBe('summit');
      expect(await first.locator('.evidence a').count()).toBeGreaterThan(0);
      await screenshot(t.page, 'events');
    });

    it('opens a latest event of the overview with its evidence, and the link can be shared', async () => {
      await t.page.goto(t.url('#/overview'));
      const link = t.page.locator('.page-overview .events li a').first();
      await link.waitFor();
      const title = await link.innerText();
      await link.click();
      const open = t.page.locator('#event-list details.event[open]');
      await open.waitFor();
      expect(await open.locator('summary .title').innerText()).toBe(title);
      expect(await open.locator('.evidence blockquote').count()).toBeGreaterThan(0);
      expect(t.page.url()).toContain('#/events?open=');
    });
  });

  describe('scenario page', () => {
    it('shows the price band of a Chinese gallium ban, as the API computes it', async () => {
      await t.page.goto(t.url('#/scenario?run=1&commodity=gallium&supplier=CHN&cut=1'));
      const band = t.page.locator('#price-band');
      await band.waitFor();
      const api = (await (await t.page.request.post(`${t.server.url}api/scenarios`, { data: { commodity: 'gallium', supplier: 'CHN', cut: 1 } })).json()) as { data: { price_change: { median: number; p05: number; p95: number } } };
      const pc = api.data.price_change;
      const signed = (x: number): string => `+${Math.round(x * 100)} %`;
      expect(pc.p05).toBeGreaterThan(0);
      expect(await band.locator('.big').innerText()).toBe(`Price ${signed(pc.median)}`);
      expect(await band.innerText()).toContain(`5–95 % range: ${signed(pc.p05)} to ${signed(pc.p95)}`);
      await t.page.getByText('Shortfall per importer').waitFor();
      const substitutes = t.page.locator('section', { has: t.page.getByRole('heading', { name: /Substitute suppliers/ }) });
      await substitutes.locator('tbody tr').first().waitFor();
      expect(await substitutes.locator('tbody').innerText()).not.toContain('China');
      await screenshot(t.page, 'scenario-gallium');
    });
  });

  describe('ingest and review', () => {
    it('highlights the C5+1 summit in a pasted article; accepting it puts it on the events page', async () => {
      await t.page.goto(t.url('#/ingest'));
      await t.page.locator('#api-token').fill(TOKEN);
      await t.page.getByRole('button', { name: 'Save token' }).click();
      await t.page.locator('#article-text').fill(fixture('c5-summit.txt'));
      await t.page.locator('#article-date').fill('2025-11-07');
      await t.page.getByRole('button', { name: 'Preview extraction' }).click();
      const summit = t.page.locator('.found-events li', { hasText: 'summit' });
      await summit.waitFor();
      expect(await summit.innerText()).toContain('KAZ, KGZ, TJK, TKM, UZB, USA');
      // the evidence sentence is marked, in segments split by the entities inside it
      expect((await t.page.locator('#article-preview mark.ev-summit').allInnerTexts()).join('')).toContain('for a C5+1 summit on critical minerals and trade.');
      expect(await t.page.locator('#article-preview mark.ent-person').first().innerText()).toBe('Trump');
      await screenshot(t.page, 'ingest-preview');
      await t.page.locator('#store-accept').click();
      await t.page.getByText(/Stored \(new\)/).waitFor();
      await t.page.goto(t.url('#/events?type=summit&text=critical minerals and trade'));
      await t.page.locator('#event-count').waitFor();
      const ev = t.page.locator('#event-list details.event').first();
      await ev.locator('summary').click();
      expect(await ev.locator('.evidence').innerText()).toContain('for a C5+1 summit on critical minerals and trade');
      await screenshot(t.page, 'events-after-ingest');
    });

    it('stores an article for review, then accepts its event from the queue and shows it in the history', async () => {
      await t.page.goto(t.url('#/ingest'));
      await t.page.locator('#article-text').fill(fixture('../news/01.txt'));
      await t.page.getByRole('button', { name: 'Preview extraction' }).click();
      await t.page.locator('#store-pending').click();
      const item = t.page.locator('#review-queue li.pending').first();
      await item.waitFor();
      const id = (await item.getAttribute('data-id')) as string;
      expect(id).toMatch(/^ev-news-/);
      await item.getByRole('button', { name: 'Accept' }).click();
      await t.page.locator('#review-history li', { hasText: `accept ${id}` }).waitFor();
      expect(await t.page.locator(`#review-queue li.pending[data-id="${id}"]`).count()).toBe(0);
      await screenshot(t.page, 'review');
    });

    it('renders an article containing <script> as inert text', async () => {
      await t.page.goto(t.url('#/ingest'));
      await t.page.reload(); // a fresh page, without the previous test's preview
      const title = await t.page.title();
      await t.page.locator('#article-text').fill(fixture('script-article.txt'));
      await t.page.locator('#article-date').fill('2025-12-01');
      await t.page.getByRole('button', { name: 'Preview extraction' }).click();
      const preview = t.page.locator('#article-preview', { hasText: 'announces gold export duty' });
      await preview.waitFor();
      expect(await preview.innerText()).toContain("<script>window.__lodestoneInjected = true; document.title = 'owned';</script>");
      expect(await preview.locator('script, img').count()).toBe(0);
      expect(await t.page.evaluate(() => (window as unknown as { __lodestoneInjected?: boolean }).__lodestoneInjected)).toBeUndefined();
      expect(await t.page.title()).toBe(title);
      await screenshot(t.page, 'ingest-script-inert');
    });
  });

  it('raised no uncaught error and no Content-Security-Policy violation in any page', () => {
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
