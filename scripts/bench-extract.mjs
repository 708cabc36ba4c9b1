#!/usr/bin/env node
// Benchmark (`npm run bench:extract` pins it to one core with taskset -c 0): MB/s of UTF-8 text
// through the extractor over a corpus of at least 5 MB (our own demo articles, repeated), beside
// compromise (people, places and organisations over the same text) in the same run as the baseline.
// `--big` also extracts one 50 MB article (the fixtures' bodies concatenated) and prints its peak
// resident memory (issue 4: under 1 GB); it takes tens of seconds, so it is not run by the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { extractArticle } from '../dist/extraction/extract.js';
import { buildGazetteer } from '../dist/extraction/gazetteer.js';

const dir = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'news');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const MIN_BYTES = 5 * 1024 * 1024;
const corpus = [];
let bytes = 0;
while (bytes < MIN_BYTES) {
  for (const a of articles) {
    corpus.push(a);
    bytes += Buffer.byteLength(a, 'utf8');
  }
}
const mb = bytes / 1024 / 1024;
const gazetteer = buildGazetteer();

// Two passes over the corpus: the first starts cold (it includes V8's warm-up — the large rule
// functions are optimised only after a few thousand articles), the second runs warm. Both are printed;
// the headline ratio is the cold one, the warm one is what a long-running ingest sees.
const runOurs = () => {
  const t = performance.now();
  let n = 0;
  corpus.forEach((text, i) => {
    n += extractArticle(text, { id: String(i), gazetteer }).events.length;
  });
  return { secs: (performance.now() - t) / 1000, events: n };
};
const cold = runOurs();
const warm = runOurs();

// The baseline is slow: time it on a sample of the same articles and scale by bytes (a first, untimed
// pass over the sample warms it up the same way).
const sample = corpus.slice(0, Math.max(articles.length, 40));
const sampleBytes = sample.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0);
const runBase = () => {
  const t = performance.now();
  let n = 0;
  for (const text of sample) {
    const doc = nlp(text);
    n += doc.people().length + doc.places().length + doc.organizations().length;
  }
  return { secs: (performance.now() - t) / 1000, names: n };
};
const baseCold = runBase();
const baseWarm = runBase();
const rate = (secs) => mb / secs;
const baseRate = (secs) => sampleBytes / 1024 / 1024 / secs;

console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(1)} MB (UTF-8)`);
console.log(`lodestone extractor: ${rate(cold.secs).toFixed(2)} MB/s cold, ${rate(warm.secs).toFixed(2)} MB/s warm  (${cold.secs.toFixed(2)} s / ${warm.secs.toFixed(2)} s, ${cold.events} events; target ≥ 10 MB/s)`);
console.log(`compromise people/places/organisations: ${baseRate(baseCold.secs).toFixed(3)} MB/s cold, ${baseRate(baseWarm.secs).toFixed(3)} MB/s warm  (timed on ${sample.length} articles, ${baseCold.names} names)`);
console.log(`ratio: ${(rate(cold.secs) / baseRate(baseCold.secs)).toFixed(0)}× cold, ${(rate(warm.secs) / baseRate(baseWarm.secs)).toFixed(0)}× warm  (target ≥ 100×)`);

if (process.argv.includes('--big')) {
  const BIG = 50 * 1024 * 1024;
  const bodies = articles.map((a) => a.replace(/^(?:[A-Z]+:.*\n)+/, ''));
  const parts = ['DATE: 2025-11-07\n\n'];
  let size = 0;
  while (size < BIG) {
    for (const b of bodies) {
      parts.push(b, '\n\n');
      size += Buffer.byteLength(b, 'utf8') + 2;
    }
  }
  const big = parts.join('');
  const t0 = performance.now();
  const x = extractArticle(big, { id: 'big', gazetteer });
  const secs = (performance.now() - t0) / 1000;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`50 MB article: ${(size / 1024 / 1024 / secs).toFixed(2)} MB/s  (${secs.toFixed(1)} s, ${x.entities.length} entities, ${x.events.length} events); peak RSS ${peak.toFixed(0)} MB (limit 1024 MB)`);
}
