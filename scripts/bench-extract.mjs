#!/usr/bin/env node
// Benchmark (`npm run bench:extract` pins it to one core with taskset -c 0): MB/s of UTF-8 text
// through the extractor over a corpus of at least 5 MB (our own demo articles, repeated), beside
// compromise (people, places and organisations over the same text) in the same run as the baseline.
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

let t0 = performance.now();
let events = 0;
corpus.forEach((text, i) => {
  events += extractArticle(text, { id: String(i), gazetteer }).events.length;
});
const ours = (performance.now() - t0) / 1000;

// The baseline is slow: time it on a sample of the same articles and scale by bytes.
const sample = corpus.slice(0, Math.max(articles.length, 40));
const sampleBytes = sample.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0);
t0 = performance.now();
let names = 0;
for (const text of sample) {
  const doc = nlp(text);
  names += doc.people().length + doc.places().length + doc.organizations().length;
}
const base = (performance.now() - t0) / 1000;
const baseRate = sampleBytes / 1024 / 1024 / base;

console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(1)} MB (UTF-8)`);
console.log(`lodestone extractor: ${(mb / ours).toFixed(2)} MB/s  (${ours.toFixed(2)} s, ${events} events; target ≥ 10 MB/s)`);
console.log(`compromise people/places/organisations: ${baseRate.toFixed(3)} MB/s  (timed on ${sample.length} articles, ${names} names)`);
console.log(`ratio: ${(mb / ours / baseRate).toFixed(0)}×  (target ≥ 100×)`);
