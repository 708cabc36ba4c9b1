import { normalizeName } from '../../domain/text.js';

/**
 * Site names for matching one facility across datasets: "Aktogay (Aktogai) copper mine",
 * ICMM "Aktogay" and USGS "Aktogai" must meet. A name is split into its alternates, generic
 * words (mine, deposit, plant…) and commodity words are dropped, Roman numerals become digits,
 * and the remaining words are joined without spaces so "Sary Cheku" = "Sarycheku" and
 * "Kara Oba" = "Karaoba".
 */

const GENERIC = new Set([
  'mine', 'mines', 'deposit', 'deposits', 'project', 'projects', 'complex', 'plant', 'plants', 'smelter', 'smelters',
  'refinery', 'refineries', 'concentrator', 'operation', 'operations', 'pit', 'open', 'underground', 'gok', 'mmc',
  'llc', 'llp', 'jsc', 'jv', 'site', 'sites', 'ore', 'ores', 'field', 'dump', 'facility', 'processing', 'mining',
  'recovery', 'polymetallic', 'placer', 'placers', 'incl', 'including', 'area', 'the', 'of', 'sx', 'ew', 'leach',
  'copper', 'gold', 'silver', 'tungsten', 'uranium', 'lead', 'zinc', 'molybdenum', 'chromite', 'chrome', 'chromium',
  'coal', 'lithium', 'tantalum', 'niobium', 'antimony', 'mercury', 'iron', 'manganese', 'potash', 'iodine', 'bromine',
  'beryllium', 'titanium', 'titanomagnetite', 'rare', 'earth', 'earths', 'ree', 'metal', 'metals', 'alumina',
  'aluminium', 'aluminum', 'gallium', 'nickel', 'cobalt', 'tin', 'steel', 'cu', 'au', 'mo', 'pb', 'zn', 'ag',
]);

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5' };

/** Words that carry the name ("Upper Kairakty" → ["upper", "kairakty"]). */
export function nameWords(name: string): string[] {
  return normalizeName(name)
    .split(' ')
    .filter((w) => w !== '' && !GENERIC.has(w))
    .map((w) => ROMAN[w] ?? w);
}

/** The matching key of one name, or '' when nothing distinctive is left ("copper mine"). */
export function siteKey(name: string): string {
  return nameWords(name).join('');
}

/**
 * The alternates a curated name carries: "Severny Katpar (Northern Katpar)",
 * "Zeravshan / Zarafshon gold (Jilau, Taror)", "Mynkuduk (West: APPAK; East: Stepnoye-RU)".
 */
export function splitAlternates(name: string): string[] {
  const out: string[] = [];
  const inner = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const outer = name.replace(/\([^)]*\)/g, ' ');
  for (const part of outer.split(/\s[/–-]\s|\//)) out.push(part);
  for (const group of inner) for (const part of group.split(/[;,]/)) out.push(part.replace(/^[^:]*:\s*/, ''));
  return [...new Set(out.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== ''))];
}

/** Distinct non-empty keys of a list of names. */
export function siteKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(siteKey).filter((k) => k.length >= 3))];
}

/** A kebab-case id part from a name: "Aktogay (Aktogai) copper mine" → "aktogay-aktogai-copper-mine". */
export function slug(name: string): string {
  return normalizeName(name).replace(/ /g, '-') || 'unnamed';
}
