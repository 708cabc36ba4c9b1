#!/usr/bin/env node
// Benchmark (`npm run bench:extract` pins it to one core with taskset -c 0): MB/s of UTF-8 text
// through the extractor over corpora of at least 5 MB (our own articles, repeated), beside
// compromise (people, places and organisations over the same text) in the same run as the baseline.
//
// Two corpora, each timed on its own:
// - "fixtures": every article we wrote ourselves (the demo news and every blind set under
//   test/fixtures/news*, about 2.7 KB each on average, like the shared dev set's 2.5 KB);
// - "demo": the 33 demo articles alone (about 620 bytes each, short wire items with more events
//   per byte). This was the only corpus before session 8.
//
// Each side runs in its own child process (same core, same corpus): loading compromise's lexicon
// slows unrelated code in the same V8 isolate (regular expressions, string slicing and map lookups
// by about 40 % each, the extractor as a whole by up to 2×, measured on this machine), so sharing
// one process would understate the extractor. Each side reports a cold figure (its first pass, with the engine's warm-up and
// compilation, which on one pinned core compete with the work) and a warm one (the best later
// pass, as throughput benchmarks usually report: the shared machine's speed moves by tens of per
// cent from run to run).
//
// `--big` also extracts one 50 MB article (the demo articles' bodies concatenated) and prints its peak
// resident memory (issue 4: under 1 GB); it takes tens of seconds, so it is not run by the tests.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..', 'test', 'fixtures');
const read = (folder) => readdirSync(join(root, folder)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, folder, f), 'utf8'));
const folders = readdirSync(root).filter((d) => d === 'news' || d.startsWith('news-blind')).sort();
const CORPORA = { fixtures: folders.flatMap(read), demo: read('news') };
const articles = CORPORA.demo;
const MIN_BYTES = 5 * 1024 * 1024;
const MB = 1024 * 1024;
const size = (xs) => xs.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0) / MB;

/** The corpus: the articles repeated to at least 5 MB; compromise (slow) runs on about 30 articles spread evenly over them (or the first 40 of a short corpus), its rate scaled by bytes. */
function corpusOf(name) {
  const arts = CORPORA[name];
  const corpus = [];
  let bytes = 0;
  while (bytes < MIN_BYTES) {
    for (const a of arts) {
      corpus.push(a);
      bytes += Buffer.byteLength(a, 'utf8');
    }
  }
  const step = Math.max(1, Math.floor(arts.length / 30));
  const sample = arts.length >= 40 ? arts.filter((_, i) => i % step === 0) : corpus.slice(0, 40);
  return { arts, corpus, mb: bytes / MB, sample, sampleMb: size(sample) };
}

const bestOf = (xs) => xs.reduce((a, b) => (b.secs < a.secs ? b : a));
const timed = (f) => {
  const t = performance.now();
  const n = f();
  return { secs: (performance.now() - t) / 1000, n };
};

const side = process.argv[process.argv.indexOf('--side') + 1];
const chosen = process.argv.includes('--side') ? corpusOf(process.argv[process.argv.indexOf('--corpus') + 1]) : null;
if (chosen && side === 'lodestone') {
  const { corpus, mb } = chosen;
  const { extractArticle } = await import('../dist/extraction/extract.js');
  const { buildGazetteer } = await import('../dist/extraction/gazetteer.js');
  const gazetteer = buildGazetteer();
  const pass = () => corpus.reduce((n, text, i) => n + extractArticle(text, { id: String(i), gazetteer }).events.length, 0);
  const passes = Array.from({ length: 5 }, () => timed(pass));
  console.log(JSON.stringify({ cold: passes[0], warm: bestOf(passes.slice(1)), mb }));
} else if (chosen && side === 'compromise') {
  const { sample, sampleMb } = chosen;
  const { default: nlp } = await import('compromise');
  const pass = () =>
    sample.reduce((n, text) => {
      const doc = nlp(text);
      return n + doc.people().length + doc.places().length + doc.organizations().length;
    }, 0);
  const passes = Array.from({ length: 4 }, () => timed(pass));
  console.log(JSON.stringify({ cold: passes[0], warm: bestOf(passes.slice(1)), mb: sampleMb }));
} else {
  const run = (name, corpus) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--side', name, '--corpus', corpus], { encoding: 'utf8' }));
  const rate = (r, x) => r.mb / x.secs;
  for (const name of ['fixtures', 'demo']) {
    const { arts, corpus, mb, sample, sampleMb } = corpusOf(name);
    const ours = run('lodestone', name);
    const base = run('compromise', name);
    console.log(`${name} corpus: ${arts.length} articles (${((size(arts) * 1024) / arts.length).toFixed(1)} KB each on average) repeated to ${corpus.length}, ${mb.toFixed(1)} MB (UTF-8); compromise timed on ${sample.length} of them (${(sampleMb * 1024).toFixed(0)} KB)`);
    console.log(`  lodestone extractor: ${rate(ours, ours.cold).toFixed(2)} MB/s cold (first pass), ${rate(ours, ours.warm).toFixed(2)} MB/s warm (best of 4)  (${ours.cold.secs.toFixed(2)} s / ${ours.warm.secs.toFixed(2)} s, ${ours.cold.n} events; target ≥ 10 MB/s)`);
    console.log(`  compromise people/places/organisations: ${rate(base, base.cold).toFixed(3)} MB/s cold, ${rate(base, base.warm).toFixed(3)} MB/s warm (best of 3)  (${base.cold.n} names)`);
    console.log(`  ratio: ${(rate(ours, ours.cold) / rate(base, base.cold)).toFixed(0)}× cold, ${(rate(ours, ours.warm) / rate(base, base.warm)).toFixed(0)}× warm  (target ≥ 100×)`);
  }

  if (process.argv.includes('--big')) {
    const { extractArticle } = await import('../dist/extraction/extract.js');
    const { buildGazetteer } = await import('../dist/extraction/gazetteer.js');
    const gazetteer = buildGazetteer();
    const BIG = 50 * 1024 * 1024;
    const bodies = articles.map((a) => a.replace(/^(?:[A-Z]+:.*\n)+/, ''));
    const parts = ['DATE: 2025-11-07\n\n'];
    let bigBytes = 0;
    while (bigBytes < BIG) {
      for (const b of bodies) {
        parts.push(b, '\n\n');
        bigBytes += Buffer.byteLength(b, 'utf8') + 2;
      }
    }
    const big = parts.join('');
    const t0 = performance.now();
    const x = extractArticle(big, { id: 'big', gazetteer });
    const secs = (performance.now() - t0) / 1000;
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(`50 MB article: ${(bigBytes / MB / secs).toFixed(2)} MB/s  (${secs.toFixed(1)} s, ${x.entities.length} entities, ${x.events.length} events); peak RSS ${peak.toFixed(0)} MB (limit 1024 MB)`);
  }
}
