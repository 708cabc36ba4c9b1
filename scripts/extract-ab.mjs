#!/usr/bin/env node
// A/B timing of two builds of the extractor (`node scripts/extract-ab.mjs OLD_DIST NEW_DIST`, e.g.
// a copy of dist/ made before a change and dist/ after it), pinned to one core by the caller
// (`taskset -c 0`). The builds alternate round by round in one process over our fixture articles,
// so drifts of the machine's speed hit both alike; each round is timed by the process's CPU time
// (user + system), which the shared machine's stolen time inflates far less than wall time. Prints
// the best and median microseconds per article of each and their ratios (below 1: NEW is faster).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [oldDist, newDist] = process.argv.slice(2);
if (!oldDist || !newDist) {
  console.error('usage: node scripts/extract-ab.mjs OLD_DIST NEW_DIST  (folders holding extraction/extract.js)');
  process.exit(2);
}
const dir = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'news');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const load = async (d) => {
  const { extractArticle } = await import(resolve(d, 'extraction', 'extract.js'));
  const { buildGazetteer } = await import(resolve(d, 'extraction', 'gazetteer.js'));
  return { extractArticle, gazetteer: buildGazetteer() };
};
const sides = [await load(oldDist), await load(newDist)];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const REPEAT = 4;
const ROUNDS = Number(process.env.ROUNDS ?? 200);
const round = (x) => {
  const t = cpuMs();
  for (let r = 0; r < REPEAT; r++) for (const text of articles) x.extractArticle(text, { id: 'ab', gazetteer: x.gazetteer });
  return ((cpuMs() - t) * 1000) / (REPEAT * articles.length);
};
const times = [[], []];
for (let r = 0; r < ROUNDS; r++) for (let k = 0; k < 2; k++) times[k].push(round(sides[k]));
const best = (xs) => Math.min(...xs);
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const bytes = articles.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0) / articles.length;
['old', 'new'].forEach((name, k) => {
  const b = best(times[k]);
  console.log(`${name}: best ${b.toFixed(1)} µs per article (${(bytes / b / 1.048576).toFixed(2)} MB/s), median ${median(times[k]).toFixed(1)} µs`);
});
console.log(`new/old: best ${(best(times[1]) / best(times[0])).toFixed(3)}, median ${(median(times[1]) / median(times[0])).toFixed(3)}`);
