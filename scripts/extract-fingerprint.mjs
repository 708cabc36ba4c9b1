#!/usr/bin/env node
// Writes the extractor's full output over a fixed set of texts to one JSON file, so a change meant
// to leave the output alone (a speed-up) can be checked byte for byte:
//
//   node scripts/extract-fingerprint.mjs before.json      (on the old build)
//   node scripts/extract-fingerprint.mjs after.json       (after `npm run build`)
//   cmp before.json after.json
//
// The texts: our fixture articles (the demo news and every blind set), the shared dev set when ../shared is present (it is only read,
// never copied), 3,000 seeded mutations of those (deleted, repeated, re-cased and punctuated words,
// inserted dates, amounts, datelines and abbreviations), and all bodies concatenated twenty times.
// `usd` values are zeroed, so a change of exchange rates does not count as a change of extraction.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../dist/extraction/extract.js';
import { buildGazetteer } from '../dist/extraction/gazetteer.js';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/extract-fingerprint.mjs OUT.json');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'fixtures');
const dirs = [
  ...readdirSync(fixtures).filter((d) => d.startsWith('news')).sort().map((d) => join(fixtures, d)),
  join(root, '..', 'shared', 'eval', 'extraction', 'dev'),
].filter((d) => existsSync(d));
const texts = [];
for (const dir of dirs) for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) texts.push(readFileSync(join(dir, f), 'utf8'));

let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const base = texts.slice();
for (let v = 0; v < 3000; v++) {
  const words = pick(base).split(/(\s+)/);
  const op = Math.floor(rnd() * 6);
  for (let k = 0; k < 1 + Math.floor(rnd() * 6); k++) {
    const i = Math.floor(rnd() * words.length);
    if (op === 0) words.splice(i, 1);
    else if (op === 1) words.splice(i, 0, pick(words));
    else if (op === 2) words[i] = (words[i] ?? '').toUpperCase();
    else if (op === 3) words[i] = (words[i] ?? '') + pick(['.', ',', ' —', '\n', '\n\n', '"', ' (AP)']);
    else if (op === 4) words.splice(i, 0, pick(['on Monday', 'last week', '$4.2 billion', '€12bn', 'in May', 'Dr.', 'U.S.', 'JSC', 'deposit', 'ASTANA —']));
    else words[i] = (words[i] ?? '').toLowerCase();
  }
  texts.push(words.join(''));
}
texts.push(base.map((t) => t.replace(/^(?:[A-Z]+:.*\n)+/, '')).join('\n\n').repeat(20));

const gazetteer = buildGazetteer();
const results = texts.map((t, i) => extractArticle(t, { id: String(i), gazetteer, date: '2025-11-07' }));
for (const r of results) for (const e of r.events) if (e.value) e.value.usd = 0;
writeFileSync(out, JSON.stringify(results));
console.log(`${texts.length} texts (${dirs.length} folders), ${results.reduce((a, r) => a + r.events.length, 0)} events, ${results.reduce((a, r) => a + r.entities.length, 0)} entities → ${out}`);
