import { buildGazetteer, type Gazetteer } from '../../extraction/gazetteer.js';
import type { Store } from '../../store/connection.js';
import { acceptedEntities } from '../../store/queries/news-writes.js';

/**
 * The extractor's gazetteer for a database: the reference tables plus the accepted people and
 * organisations of its knowledge base (`lodestone ingest`, POST /api/extract and /api/ingest).
 */
export async function storeGazetteer(store: Store): Promise<Gazetteer> {
  const entities = await acceptedEntities(store.db);
  const item = (e: (typeof entities)[number]) => ({ id: e.id, name: e.name, aliases: e.aliases, country: e.country_iso3 });
  return buildGazetteer({
    people: entities.filter((e) => e.type === 'person').map((e) => ({ ...item(e), role: e.role })),
    orgs: entities.filter((e) => e.type === 'organization').map(item),
  });
}
