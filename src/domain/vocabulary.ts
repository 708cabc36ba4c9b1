import { EVENT_TYPES, type EventType } from './records.js';
import { resolveCountry } from './countries.js';
import { normalizeName } from './text.js';

/**
 * The knowledge-base vocabulary of shared/eval/extraction/GUIDELINES.md ("Extraction: schema,
 * annotation rules and scoring"): the ten event types, the sectors, and the canonical forms of
 * actors and commodities. The curated ledger and the news extractor both map onto it, so one
 * event reads the same whichever way it entered the knowledge base.
 */

export { EVENT_TYPES, type EventType };

/** GUIDELINES "Fields → sector". */
export const SECTORS = ['mining', 'energy', 'aviation', 'rail', 'finance', 'trade', 'defense', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/**
 * Event types whose first actor imposes or travels and whose later actors are targets or hosts
 * (GUIDELINES "actors": "the imposing party comes first, followed by any explicitly named
 * target"; "the visiting state comes first, followed by the host state").
 */
const DIRECTED_TYPES: readonly EventType[] = ['export_restriction', 'sanction', 'visit'];

export function actorRole(type: EventType, position: number): 'actor' | 'counterpart' {
  return DIRECTED_TYPES.includes(type) && position > 0 ? 'counterpart' : 'actor';
}

/**
 * GUIDELINES "Not in the type inventory and therefore not annotated: tariffs, referendums,
 * incidents, nationalizations, and the start of exploration". Returns why a title falls outside
 * the inventory, or null.
 */
export function outsideInventory(title: string): string | null {
  const t = title.toLowerCase();
  if (/\breferend/.test(t)) return 'a referendum, which GUIDELINES leaves out of the event inventory';
  if (/\btariffs?\b/.test(t)) return 'a tariff, which GUIDELINES leaves out of the event inventory';
  if (/\bnationali[sz]/.test(t)) return 'a nationalisation, which GUIDELINES leaves out of the event inventory';
  return null;
}

interface OrganizationEntry {
  /** Canonical full name (GUIDELINES: "full name for people/orgs/places"). */
  name: string;
  /** Short forms and spellings seen in sources. */
  aliases: string[];
  /** Home country, where one is meaningful. */
  country: string | null;
  /**
   * Set for ministries, departments and agencies: as event actors they are normalised to the
   * state's ISO3 code (GUIDELINES: "Officials acting for a state … ministries, departments,
   * agencies are normalized to the state's ISO3 code"), though they stay organisations as entities.
   */
  stateAgency?: boolean;
}

/**
 * Organisations named in the curated ledger, with their canonical names. Blocs and institutions
 * follow GUIDELINES ("EU → European Union"; development-finance institutions such as EXIM and
 * DFC keep their own names). Names not listed here are kept as written.
 */
const ORGANIZATIONS: OrganizationEntry[] = [
  { name: 'European Union', aliases: ['EU'], country: null },
  { name: "Ministry of Commerce of the People's Republic of China", aliases: ['MOFCOM', 'Ministry of Commerce'], country: 'CHN', stateAgency: true },
  { name: "General Administration of Customs of the People's Republic of China", aliases: ['GAC', 'GACC'], country: 'CHN', stateAgency: true },
  { name: "Ministry of Industry and Information Technology of the People's Republic of China", aliases: ['MIIT'], country: 'CHN', stateAgency: true },
  { name: 'Office of Foreign Assets Control', aliases: ['OFAC'], country: 'USA', stateAgency: true },
  { name: 'United States Congress', aliases: ['US Congress', 'U.S. Congress'], country: 'USA' },
  { name: 'United States International Development Finance Corporation', aliases: ['US DFC', 'DFC'], country: 'USA' },
  { name: 'Export-Import Bank of the United States', aliases: ['US EXIM', 'EXIM'], country: 'USA' },
  { name: 'Development Bank of Kazakhstan', aliases: ['DBK'], country: 'KAZ' },
  { name: 'China Development Bank', aliases: ['CDB'], country: 'CHN' },
  { name: 'European Bank for Reconstruction and Development', aliases: ['EBRD'], country: null },
  { name: 'European Investment Bank', aliases: ['EIB'], country: null },
  { name: 'Collective Security Treaty Organization', aliases: ['CSTO'], country: null },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO'], country: null },
  { name: 'Organization of Turkic States', aliases: ['OTS'], country: null },
  { name: 'Almalyk Mining and Metallurgical Complex', aliases: ['Almalyk MMC', 'AMMC'], country: 'UZB' },
  { name: 'China General Nuclear Power Group', aliases: ['CGN'], country: 'CHN' },
  { name: 'China National Nuclear Corporation', aliases: ['CNNC'], country: 'CHN' },
  { name: 'China National Petroleum Corporation', aliases: ['CNPC'], country: 'CHN' },
  { name: 'China Nonferrous Metal Mining (Group)', aliases: ['CNMC'], country: 'CHN' },
  { name: "China Nonferrous Metal Industry's Foreign Engineering and Construction", aliases: ['NFC'], country: 'CHN' },
  { name: 'Électricité de France', aliases: ['EDF'], country: 'FRA' },
  { name: 'Eurasian Resources Group', aliases: ['ERG'], country: 'LUX' },
  { name: 'Korea Hydro & Nuclear Power', aliases: ['KHNP'], country: 'KOR' },
  { name: 'Korea Institute of Geoscience and Mineral Resources', aliases: ['KIGAM'], country: 'KOR' },
  { name: 'Japan Organization for Metals and Energy Security', aliases: ['JOGMEC'], country: 'JPN' },
  { name: 'Kazakhstan Temir Zholy', aliases: ['KTZ'], country: 'KAZ' },
  { name: 'Jiaxin International Resources Investment', aliases: ['Jiaxin International'], country: 'CHN' },
  { name: 'ITOCHU Corporation', aliases: ['ITOCHU'], country: 'JPN' },
  { name: 'Kazatomprom', aliases: ['KAP', 'National Atomic Company Kazatomprom'], country: 'KAZ' },
  { name: 'Rosatom', aliases: ['State Atomic Energy Corporation Rosatom'], country: 'RUS' },
  { name: 'Uranium One', aliases: [], country: 'RUS' },
  { name: 'Tau-Ken Samruk', aliases: [], country: 'KAZ' },
  { name: 'Samruk-Kazyna', aliases: [], country: 'KAZ' },
  { name: 'KAZ Minerals', aliases: [], country: 'KAZ' },
  { name: 'Kazakhmys', aliases: [], country: 'KAZ' },
  { name: 'Kyrgyzaltyn', aliases: [], country: 'KGZ' },
  { name: 'Keremet Bank', aliases: [], country: 'KGZ' },
  { name: 'Navoiyuran', aliases: [], country: 'UZB' },
  { name: 'TALCO Gold', aliases: [], country: 'TJK' },
  { name: 'Cameco', aliases: [], country: 'CAN' },
  { name: 'Centerra Gold', aliases: [], country: 'CAN' },
  { name: 'Orano', aliases: [], country: 'FRA' },
  { name: 'Mitsubishi Corporation', aliases: [], country: 'JPN' },
  { name: 'Rio Tinto', aliases: [], country: 'GBR' },
  { name: 'Boeing', aliases: [], country: 'USA' },
  { name: 'Wabtec', aliases: [], country: 'USA' },
  { name: 'Cove Capital', aliases: [], country: 'USA' },
  { name: 'Cove Kaz Capital Group', aliases: [], country: 'USA' },
  { name: 'VEB.RF', aliases: [], country: 'RUS' },
];

const ORG_BY_KEY = new Map<string, OrganizationEntry>();
for (const o of ORGANIZATIONS) for (const n of [o.name, ...o.aliases]) ORG_BY_KEY.set(normalizeName(n), o);

/** An actor token of the curated ledger, mapped onto the GUIDELINES vocabulary. */
export type CanonicalActor =
  | { kind: 'country'; name: string; iso3: string }
  | { kind: 'state-agency'; name: string; iso3: string; raw: string }
  | { kind: 'organization'; name: string; country: string | null; aliases: string[]; known: boolean };

/**
 * Maps an actor as written ("KAZ", "EU", "MOFCOM", "DBK", "Kazatomprom") to its canonical form.
 * Countries are given as ISO3 codes (GUIDELINES: "ISO 3166-1 alpha-3 for countries"), which is
 * also their canonical name.
 */
export function canonicalActor(token: string): CanonicalActor {
  const raw = token.trim();
  const org = ORG_BY_KEY.get(normalizeName(raw));
  if (org?.stateAgency && org.country) return { kind: 'state-agency', name: org.name, iso3: org.country, raw };
  if (org) return { kind: 'organization', name: org.name, country: org.country, aliases: [...new Set([raw, ...org.aliases])], known: true };
  if (/^[A-Z]{3}$/.test(raw)) {
    const iso3 = resolveCountry(raw);
    if (iso3) return { kind: 'country', name: iso3, iso3 };
  }
  return { kind: 'organization', name: raw, country: null, aliases: [raw], known: false };
}

/**
 * Commodity names folded to a GUIDELINES canonical ("critical minerals", "critical raw materials"
 * and "CRMs" share the canonical `critical minerals`; "REEs" and "rare earth elements" are
 * `rare earths`).
 */
const COMMODITY_SYNONYMS: Record<string, string> = {
  'critical raw materials': 'critical minerals',
  crms: 'critical minerals',
  'critical minerals': 'critical minerals',
  'rare earth elements': 'rare earths',
  'rare earth metals': 'rare earths',
  rees: 'rare earths',
};

/** Categories GUIDELINES tracks as commodities although they name no single material. */
export const COMMODITY_CATEGORIES: readonly string[] = ['critical minerals'];

/** GUIDELINES: "Manufactured goods are not commodities (aircraft, locomotives, chips, magnets, batteries)". */
const NOT_COMMODITIES = new Set(['aircraft', 'locomotives', 'locomotive', 'chips', 'magnets', 'batteries', 'battery']);

export type CanonicalCommodity = { ok: true; name: string } | { ok: false; name: string; reason: string };

/** Maps a commodity name as written to its GUIDELINES canonical (lowercase) or says why it is none. */
export function canonicalCommodity(name: string): CanonicalCommodity {
  const lower = name.trim().toLowerCase();
  const key = normalizeName(lower);
  if (NOT_COMMODITIES.has(key)) return { ok: false, name: lower, reason: 'a manufactured good, not a commodity (GUIDELINES)' };
  return { ok: true, name: COMMODITY_SYNONYMS[key] ?? lower };
}
