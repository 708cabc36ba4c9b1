import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

/**
 * The world map is data, not code: world-atlas's 110m TopoJSON is copied into the build as
 * world-110m.json with each country's ISO 3166-1 alpha-3 code added (read from the reference
 * table's M49 column as text — the dashboard imports nothing outside src/web), and fetched at run
 * time.
 */
function worldAtlas(): Plugin {
  return {
    name: 'lodestone-world-atlas',
    generateBundle() {
      const topo = JSON.parse(readFileSync(resolve(repo, 'node_modules/world-atlas/countries-110m.json'), 'utf8')) as {
        objects: { countries: { geometries: { id?: string; properties: Record<string, unknown> }[] } };
      };
      const table = readFileSync(resolve(repo, 'src/domain/reference/countries-data.ts'), 'utf8');
      const byM49 = new Map<string, string>();
      for (const m of table.matchAll(/c\('([A-Z]{3})', *(?:null|'[A-Z]*'), *'(\d{3})'/g)) byM49.set(m[2] as string, m[1] as string);
      for (const g of topo.objects.countries.geometries) {
        const iso3 = g.id ? byM49.get(g.id) : g.properties.name === 'Kosovo' ? 'XKX' : undefined;
        g.properties = { ...g.properties, iso3: iso3 ?? null };
      }
      this.emitFile({ type: 'asset', fileName: 'world-110m.json', source: JSON.stringify(topo) });
    },
  };
}

/**
 * Prints the first page's JavaScript size, gzipped: the entry chunk, the overview page it loads
 * at once, and their static imports (the other pages and Observable Plot load on demand).
 */
function firstPageSize(): Plugin {
  return {
    name: 'lodestone-first-page-size',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (!entry || entry.type !== 'chunk') return;
      const seen = new Set<string>();
      const visit = (name: string): void => {
        if (seen.has(name)) return;
        seen.add(name);
        const chunk = bundle[name];
        if (chunk?.type === 'chunk') for (const i of chunk.imports) visit(i);
      };
      visit(entry.fileName);
      for (const c of Object.values(bundle)) if (c.type === 'chunk' && c.facadeModuleId?.endsWith('pages/overview.ts')) visit(c.fileName);
      let bytes = 0;
      for (const name of seen) {
        const chunk = bundle[name];
        if (chunk?.type === 'chunk') bytes += gzipSync(chunk.code).length;
      }
      console.log(`first page JavaScript: ${(bytes / 1024).toFixed(1)} KB gzipped (target < 300 KB)`);
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [worldAtlas(), firstPageSize()],
  build: { outDir: resolve(repo, 'dist/web'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1000 },
});
