/**
 * Name normalisation and fuzzy matching used by every resolver (countries, commodities, people).
 * Forgiving by design: case, accents, punctuation, hyphens, simple plurals and Cyrillic all fold
 * to one key (PRODUCT.md: "Names are forgiving").
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  і: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ұ: 'u', ү: 'u', ў: 'u', ф: 'f', х: 'kh', һ: 'h', ҳ: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', ҷ: 'j', ӣ: 'i', ӯ: 'u',
};

/** Transliterates Cyrillic letters (Russian, Kazakh, Kyrgyz, Tajik, Uzbek forms) to Latin. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  return out;
}

/** Folds a name to its lookup key: "Türkiye" → "turkiye", "Rare-Earths" → "rare earths". */
export function normalizeName(name: string): string {
  return transliterate(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`ʻʼ‘]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Key forms to try for a name: as normalised, and with a trailing plural "s"/"es" removed. */
export function nameKeys(name: string): string[] {
  const key = normalizeName(name);
  const keys = [key];
  if (key.endsWith('ies') && key.length > 4) keys.push(`${key.slice(0, -3)}y`);
  if (key.endsWith('es') && key.length > 3) keys.push(key.slice(0, -2));
  if (key.endsWith('s') && key.length > 2) keys.push(key.slice(0, -1));
  const squashed = key.replace(/ /g, '');
  if (squashed !== key) keys.push(squashed);
  return keys;
}

/** Levenshtein edit distance (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidates closest to `name`, best first: prefix and substring matches, then small edit
 * distances (at most a third of the longer word). Returns display names, without duplicates.
 */
export function closestMatches(name: string, candidates: Iterable<{ key: string; display: string }>, limit = 5): string[] {
  const key = normalizeName(name);
  const scored: { display: string; score: number }[] = [];
  for (const c of candidates) {
    let score: number;
    if (c.key.startsWith(key) || key.startsWith(c.key)) score = 0.5;
    else if (c.key.includes(key) || (key.length > 3 && key.includes(c.key) && c.key.length > 3)) score = 1;
    else {
      const d = editDistance(key, c.key);
      if (d > Math.max(1, Math.floor(Math.max(key.length, c.key.length) / 3))) continue;
      score = 1 + d;
    }
    scored.push({ display: c.display, score });
  }
  scored.sort((a, b) => a.score - b.score || a.display.localeCompare(b.display));
  const out: string[] = [];
  for (const s of scored) {
    if (!out.includes(s.display)) out.push(s.display);
    if (out.length >= limit) break;
  }
  return out;
}
