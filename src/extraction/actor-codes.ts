/** Small helpers on the actors of events: state codes, their capitals and lists without repeats. */
import { allCountries } from '../domain/countries.js';

/** The non-empty strings of `xs`, each once, in first-seen order (a scan: the lists are a few actors long). */
export function uniq(xs: string[]): string[] {
  const out: string[] = [];
  for (const x of xs) if (x && !out.includes(x)) out.push(x);
  return out;
}

/** Whether `s` is three ASCII capitals (an actor that is a state's ISO3 code): `/^[A-Z]{3}$/` without a pattern. */
export function isIso3(s: string): boolean {
  if (s.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

let capitals: Map<string, string> | null = null;
let capitalStates: Map<string, string> | null = null;

/** The capital city of a state (ISO3), as the reference table names it first, or undefined. */
export function capitalCity(iso3: string): string | undefined {
  capitals ??= new Map(allCountries().flatMap((c) => (c.capitals[0] ? [[c.iso3, c.capitals[0]] as [string, string]] : [])));
  return capitals.get(iso3);
}

/** The state (ISO3) whose capital `city` is, or undefined. */
export function capitalState(city: string): string | undefined {
  capitalStates ??= new Map(allCountries().flatMap((c) => c.capitals.map((cap) => [cap, c.iso3] as [string, string])));
  return capitalStates.get(city);
}
