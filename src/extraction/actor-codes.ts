/** Small helpers on the actors of events: state codes and lists without repeats. */

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
