import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface SearchHit {
  kind: 'country' | 'commodity' | 'facility' | 'person' | 'organization' | 'group';
  id: string;
  name: string;
  detail: string;
  matched: string;
}

/**
 * Finds countries, commodities, facilities, people and organisations whose name or alias key
 * contains the normalised text (`key` is normalizeName(text), computed by the caller).
 */
export async function searchAll(db: Kysely<Database>, key: string, limit = 20): Promise<SearchHit[]> {
  const like = `%${key}%`;
  const hits: SearchHit[] = [];
  const countries = await db
    .selectFrom('country_alias')
    .innerJoin('country', 'country.iso3', 'country_alias.iso3')
    .select(['country.iso3', 'country.name', 'country_alias.alias', 'country_alias.kind'])
    .where('country_alias.alias_key', 'like', like)
    .limit(limit * 3)
    .execute();
  for (const c of countries) hits.push({ kind: 'country', id: c.iso3, name: c.name, detail: c.kind, matched: c.alias });
  const groups = await db.selectFrom('country_group').selectAll().execute();
  for (const g of groups) {
    if (`${g.id} ${g.name}`.toLowerCase().includes(key)) hits.push({ kind: 'group', id: g.id, name: g.name, detail: g.description, matched: g.name });
  }
  const commodities = await db
    .selectFrom('commodity_alias')
    .innerJoin('commodity', 'commodity.id', 'commodity_alias.commodity_id')
    .select(['commodity.id', 'commodity.name', 'commodity_alias.alias', 'commodity_alias.kind'])
    .where('commodity_alias.alias_key', 'like', like)
    .limit(limit * 3)
    .execute();
  for (const c of commodities) hits.push({ kind: 'commodity', id: c.id, name: c.name, detail: c.kind, matched: c.alias });
  const facilities = await db
    .selectFrom('facility')
    .select(['id', 'name', 'country_iso3', 'kind', 'status'])
    .where((eb) => eb(eb.fn('lower', ['name']), 'like', like))
    .limit(limit)
    .execute();
  for (const f of facilities) hits.push({ kind: 'facility', id: f.id, name: f.name, detail: [f.country_iso3, f.kind, f.status].filter(Boolean).join(', '), matched: f.name });
  const entities = await db
    .selectFrom('entity_alias')
    .innerJoin('entity', 'entity.id', 'entity_alias.entity_id')
    .select(['entity.id', 'entity.name', 'entity.type', 'entity.role', 'entity.country_iso3', 'entity_alias.alias'])
    .where('entity_alias.alias_key', 'like', like)
    .limit(limit * 3)
    .execute();
  for (const e of entities) {
    if (e.type === 'person' || e.type === 'organization') {
      hits.push({ kind: e.type, id: e.id, name: e.name, detail: [e.role, e.country_iso3].filter(Boolean).join(', '), matched: e.alias });
    }
  }
  const seen = new Set<string>();
  return hits
    .filter((h) => {
      const k = `${h.kind}:${h.id}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => score(a, key) - score(b, key) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Exact matches first, then prefix matches, then the rest. */
function score(h: SearchHit, key: string): number {
  const m = h.matched.toLowerCase();
  if (m === key || h.id.toLowerCase() === key) return 0;
  if (m.startsWith(key)) return 1;
  return 2;
}
