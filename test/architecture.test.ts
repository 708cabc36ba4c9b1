import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of STYLE.md / docs/architecture.md: analytics and extraction import only
 * domain; ingest imports domain and store; store imports domain; domain imports nothing of ours;
 * api and cli compose the rest; web talks to the API over HTTP only.
 */
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  store: ['domain', 'store'],
  analytics: ['domain', 'analytics'],
  extraction: ['domain', 'extraction'],
  ingest: ['domain', 'store', 'ingest'],
  api: ['domain', 'store', 'ingest', 'analytics', 'extraction', 'api'],
  cli: ['domain', 'store', 'ingest', 'analytics', 'extraction', 'api', 'cli'],
  web: ['web'],
};

const SRC = resolve(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

function edges(): { from: string; to: string; file: string; spec: string }[] {
  const out: { from: string; to: string; file: string; spec: string }[] = [];
  for (const file of files(SRC)) {
    const from = relative(SRC, file).split('/')[0] as string;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
      const spec = (m[1] ?? m[2]) as string;
      const target = relative(SRC, resolve(dirname(file), spec));
      const to = target.split('/')[0] as string;
      out.push({ from, to, file: relative(SRC, file), spec });
    }
  }
  return out;
}

describe('architecture', () => {
  it('every source folder is a known layer', () => {
    for (const d of readdirSync(SRC)) expect(Object.keys(ALLOWED)).toContain(d);
  });

  it('imports follow the dependency rule', () => {
    const bad = edges().filter((e) => !(ALLOWED[e.from] ?? []).includes(e.to)).map((e) => `${e.file} imports ${e.spec} (${e.from} → ${e.to})`);
    expect(bad).toEqual([]);
  });

  it('only the store writes SQL', () => {
    // Source readers may query a third-party SQLite file that *is* the dataset (World Mining Data
    // ships as world_mining_data.db); that is parsing input, not Lodestone's database.
    const sourceDbReaders = ['ingest/sources/wmd-read-db.ts'];
    const offenders = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith('store/') && !sourceDbReaders.includes(relative(SRC, f)))
      .filter((f) => /\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE)\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('the rule itself catches a forbidden edge', () => {
    // analytics → store would be forbidden: the checker must say so.
    expect(ALLOWED.analytics).not.toContain('store');
    expect(ALLOWED.extraction).not.toContain('ingest');
  });
});
