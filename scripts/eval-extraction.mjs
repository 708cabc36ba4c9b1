#!/usr/bin/env node
// Scores the extractor: runs `lodestone extract --format eval` over the shared dev set
// (../shared/eval/extraction/dev, skipped with a message when ../shared is absent) and over our own
// annotated fixtures (test/fixtures/news) and the blind sets (test/fixtures/news-blind*), and prints
// score.mjs output for each.
//
//   npm run eval:extraction            (LODESTONE_SHARED overrides the ../shared location)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.LODESTONE_SHARED ?? join(root, '..', 'shared'));
const scorer = join(shared, 'eval', 'extraction', 'score.mjs');
const bin = join(root, 'bin', 'lodestone.js');

if (!existsSync(join(root, 'dist', 'cli', 'commands', 'extract.js'))) {
  const b = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

// the blind sets, in order (news-blind, news-blind2, …); the READMEs say which have had no rule fitted
const fixtures = join(root, 'test', 'fixtures');
const UNFITTED = new Set(['news-blind7', 'news-blind9', 'news-blind10', 'news-blind11', 'news-blind12', 'news-blind13', 'news-blind17', 'news-blind18', 'news-blind19', 'news-blind21', 'news-blind23', 'news-blind25', 'news-blind28', 'news-blind32']);
const blindSets = readdirSync(fixtures)
  .filter((d) => /^news-blind\d*$/.test(d))
  .sort((x, y) => Number(x.slice(10) || 1) - Number(y.slice(10) || 1))
  .map((d) => ({ name: `blind set ${d.slice(10) || 1} (test/fixtures/${d}${UNFITTED.has(d) ? ', no rule fitted to it' : ''})`, dir: join(fixtures, d) }));
const sets = [
  { name: 'shared dev set', dir: join(shared, 'eval', 'extraction', 'dev') },
  { name: 'own fixtures (test/fixtures/news)', dir: join(fixtures, 'news') },
  ...blindSets,
];

let failed = false;
for (const set of sets) {
  console.log(`\n== ${set.name}: ${set.dir}`);
  if (!existsSync(set.dir)) {
    console.log(set.dir.startsWith(shared) ? `skipped: ${shared} is absent (set LODESTONE_SHARED to score the shared dev set)` : 'skipped: no such folder');
    continue;
  }
  if (!readdirSync(set.dir).some((f) => f.endsWith('.json'))) {
    console.log('skipped: no gold .json files');
    continue;
  }
  if (!existsSync(scorer)) {
    console.log(`skipped: the scorer ${scorer} is absent (it ships with ../shared)`);
    continue;
  }
  const out = mkdtempSync(join(tmpdir(), 'lodestone-eval-'));
  try {
    const x = spawnSync(process.execPath, [bin, 'extract', set.dir, '--out', out, '--format', 'eval'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (x.status !== 0) {
      console.log(`extract failed with exit code ${x.status}`);
      failed = true;
      continue;
    }
    const s = spawnSync(process.execPath, [scorer, '--gold', set.dir, '--pred', out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
    if (s.status !== 0) failed = true;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
