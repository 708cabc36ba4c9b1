import type { RestrictionKind } from '../../domain/records.js';

/**
 * Lodestone's own curated supplement to the export-restriction rows of
 * shared/data/curated/events.csv. The curated events say that a measure happened; this table
 * gives it the structure the restriction tables need: kind, targets, commodities and HS codes,
 * the dated milestones (announced, effective, suspended, lifted) and a citation per measure.
 *
 * Sources: the announcement numbers and primary URLs are those of the curated events (MOFCOM's
 * export-control portal, exportcontrol.mofcom.gov.cn, where the curated row gives it), read
 * against the structured notes in shared/data/raw/china-export-controls-mofcom-summaries/
 * (reference only, not copied). Two numbers the curated rows do not carry were checked in the
 * stored search corpus and are cited here: MOFCOM Announcement 2025 No. 72 (9 Nov 2025, suspends
 * clause 2 of 2024 No. 46 until 27 Nov 2026) and 2025 No. 70 (7 Nov 2025, suspends Nos. 55–58,
 * 61 and 62 until 10 Nov 2026) — GvW Graf von Westphalen, "China Export Control Update", Nov 2025.
 *
 * HS codes are the HS6 headings of the tariff lines China reports for these items, as listed in
 * shared/data/raw/china-critical-mineral-exports-comtrade-monthly/SOURCE.md (qennis/
 * ChinaCriticalMineralComtrade `notes/hs_map.csv`: 81129210 Ga, 81129220 Ge, 28256000 Ge oxides,
 * 28259090 Ga2O3, 28500019 GaN, 28539040 GaAs, 25041010/25041091 natural graphite, 38011000
 * artificial graphite, 28053000 RE metals, 28469010 RE oxides) and, for the other items, the
 * HS 2022 nomenclature (WCO): 2617.10 antimony ores, 8110 antimony, 2825.80 antimony oxides,
 * 2841.80 tungstates (APT), 2849.90 tungsten carbide, 8101.10 tungsten powders, 2804.50
 * tellurium, 8106 bismuth, 8102.10 molybdenum powders, 8112.92 unwrought indium, 7105.10
 * diamond dust and powder, 2844.20 enriched uranium, 7204 ferrous scrap, 7404 copper scrap,
 * 7602 aluminium scrap, 7802 lead scrap, 7402/7403 unrefined and refined copper, 7601
 * unwrought aluminium, 7801 unwrought lead.
 *
 * Date conventions are those of src/domain/restrictions.ts: `suspended_until` is the last
 * suspended day; `lifted` is the first day the measure no longer applies (a six-month ban from
 * 29 Oct 2025 is lifted on 29 Apr 2026 unless renewed).
 */
export interface RestrictionDetail {
  id: string;
  imposer: string;
  kind: RestrictionKind;
  title: string;
  instrument: string | null;
  /** ISO3 destinations; empty = every destination. */
  targets: string[];
  /** Commodity names (resolved to canonical ids on import) with their HS codes. */
  commodities: { name: string; hs: string[] }[];
  announced: string | null;
  effective: string | null;
  suspended_from: string | null;
  suspended_until: string | null;
  lifted: string | null;
  /** The curated event ids this measure is built from (the imposing event first). */
  events: string[];
  notes: string;
  /** Dated notes for the status history (renewals, suspensions), each with its source. */
  history: { date: string; note: string; url: string | null }[];
  /** Instrument and URL for every claim beyond the curated event rows. */
  citations: { label: string; url: string }[];
}

const MOFCOM = 'http://exportcontrol.mofcom.gov.cn/article/zcfg/gnzcfg/zcfggzqd';
const NO_72_URL = 'https://www.businesstimes.com.sg/international/china-suspends-ban-exports-gallium-germanium-antimony-us';
const NO_70_URL = 'https://www.chemradar.com/en/news/detail/f3s7t2oy9qf4';
const GVW_URL = 'https://www.gvw.com/en/news/blog/detail/china-export-control-update';

const EV_NO_70 = 'ev-20251107-china-suspends-october-2025-export-controls';
const EV_NO_72 = 'ev-20251109-china-suspends-ban-on-ga-ge-sb-and-superhard';

const GALLIUM = { name: 'gallium', hs: ['811292', '811299', '282590', '285000', '285390'] };
const GERMANIUM = { name: 'germanium', hs: ['811292', '811299', '282560'] };
const ANTIMONY = { name: 'antimony', hs: ['261710', '811010', '811020', '811090', '282580'] };
const GRAPHITE = [{ name: 'graphite', hs: ['250410'] }, { name: 'synthetic graphite', hs: ['380110'] }];
const RARE_EARTHS = { name: 'rare earths', hs: ['280530', '284690'] };
const SUPERHARD = { name: 'synthetic diamond', hs: ['710510'] };
const SCRAP = [
  { name: 'copper', hs: ['7404'] },
  { name: 'aluminium', hs: ['7602'] },
  { name: 'lead', hs: ['7802'] },
  { name: 'iron and steel scrap', hs: ['7204'] },
];

/** The October 2025 package (MOFCOM/GAC Nos. 55–58, MOFCOM Nos. 61, 62), suspended by No. 70. */
const NO_70_SUSPENSION = {
  suspended_from: '2025-11-07',
  suspended_until: '2026-11-10',
};
const NO_70_NOTE = {
  date: '2025-11-07',
  note: 'Suspended until 10 Nov 2026 by MOFCOM/GAC Announcement 2025 No. 70 after the Xi–Trump Busan meeting (30 Oct 2025)',
  url: NO_70_URL,
};
const NO_70_CITATIONS = [
  { label: 'MOFCOM/GAC Announcement 2025 No. 70 (suspension of Nos. 55–58, 61, 62), via ChemRadar', url: NO_70_URL },
  { label: 'GvW, China Export Control Update (Nov 2025): No. 70 effective 7 Nov 2025 until 10 Nov 2026', url: GVW_URL },
];

/** Clause 2 of 2024 No. 46 (US destinations), suspended by 2025 No. 72. */
const NO_72_SUSPENSION = {
  suspended_from: '2025-11-09',
  suspended_until: '2026-11-27',
};
const NO_72_NOTE = {
  date: '2025-11-09',
  note: 'Clause 2 of Announcement 2024 No. 46 suspended from 9 Nov 2025 until 27 Nov 2026 by MOFCOM Announcement 2025 No. 72, after the Nov 2025 US–China arrangement',
  url: NO_72_URL,
};
const NO_72_CITATIONS = [
  { label: 'MOFCOM Announcement 2024 No. 46', url: `${MOFCOM}/202412/1072.html` },
  { label: 'MOFCOM Announcement 2025 No. 72 (suspension of clause 2 of 2024 No. 46), via The Business Times', url: NO_72_URL },
  { label: 'GvW, China Export Control Update (Nov 2025): Announcement 72/2025 of 9 Nov 2025', url: GVW_URL },
];

export const RESTRICTION_DETAILS: RestrictionDetail[] = [
  {
    id: 'rst-chn-2023-23-gallium-germanium',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Export licensing for gallium and germanium items',
    instrument: 'MOFCOM/GAC Announcement 2023 No. 23',
    targets: [],
    commodities: [GALLIUM, GERMANIUM],
    announced: '2023-07-03',
    effective: '2023-08-01',
    suspended_from: null,
    suspended_until: null,
    lifted: null,
    events: ['ev-20230703-china-export-controls-on-gallium-and'],
    notes: 'Listed Ga and Ge metals, compounds and related items may not be exported without a licence.',
    history: [],
    citations: [{ label: 'MOFCOM/GAC Announcement 2023 No. 23, via China Justice Observer', url: 'https://chinajusticeobserver.com/a/china-imposes-export-controls-on-gallium-and-germanium' }],
  },
  {
    id: 'rst-chn-2023-graphite',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Export licensing for high-purity synthetic and natural flake graphite items',
    instrument: 'MOFCOM/GAC announcement of 20 Oct 2023 on graphite items (number not given in the curated sources)',
    targets: [],
    commodities: GRAPHITE,
    announced: '2023-10-20',
    effective: '2023-12-01',
    suspended_from: null,
    suspended_until: null,
    lifted: null,
    events: ['ev-20231020-china-tightens-export-controls-on-graphite'],
    notes: 'Export permits for high-purity synthetic graphite and spherical/expanded natural flake graphite; replaces the 2006 graphite controls.',
    history: [],
    citations: [{ label: 'MOFCOM/GAC announcement on graphite items (20 Oct 2023)', url: `${MOFCOM}/202310/912.html` }],
  },
  {
    id: 'rst-chn-2023-ree-magnet-technology',
    imposer: 'CHN',
    kind: 'technology_ban',
    title: 'Ban on exporting rare-earth magnet-making technology',
    instrument: 'Catalogue of Technologies Prohibited and Restricted from Export (December 2023 revision)',
    targets: [],
    commodities: [{ name: 'rare earths', hs: [] }],
    announced: '2023-12',
    effective: '2023-12',
    suspended_from: null,
    suspended_until: null,
    lifted: null,
    events: ['ev-202312-china-bans-export-of-rare-earth-magnet'],
    notes: 'Adds magnet-making technology to the existing ban on rare-earth extraction and separation technology. Day not given in the cited source (month precision).',
    history: [],
    citations: [{ label: 'Reuters factbox on China export curbs (re-host)', url: 'https://wtvbam.com/?p=685019' }],
  },
  {
    id: 'rst-chn-2024-33-antimony',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Export licensing for antimony items and superhard-material equipment',
    instrument: 'MOFCOM/GAC Announcement 2024 No. 33',
    targets: [],
    commodities: [ANTIMONY],
    announced: '2024-08-15',
    effective: '2024-09-15',
    suspended_from: null,
    suspended_until: null,
    lifted: null,
    events: ['ev-20240815-china-export-controls-on-antimony-items-and'],
    notes: 'Antimony ores, metal and oxides, gold-antimony smelting technology and hexahedral presses need a licence.',
    history: [],
    citations: [{ label: 'MOFCOM/GAC Announcement 2024 No. 33', url: `${MOFCOM}/202408/1024.html` }],
  },
  {
    id: 'rst-chn-2024-dual-use-list',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'PRC Dual-Use Items Export Control List',
    instrument: 'MOFCOM/MIIT/GAC/State Cryptography Administration joint announcement (Nov 2024)',
    targets: [],
    commodities: [],
    announced: '2024-11',
    effective: '2024-12-01',
    suspended_from: null,
    suspended_until: null,
    lifted: null,
    events: ['ev-202411-china-publishes-dual-use-items-export'],
    notes: 'Consolidates the item lists of the earlier announcements (Ga, Ge, graphite, antimony…) into one list; no commodity of its own.',
    history: [],
    citations: [{ label: 'Four-agency announcement publishing the Dual-Use Items Export Control List', url: `${MOFCOM}/202411/1067.html` }],
  },
  {
    id: 'rst-chn-2024-46-us-military-end-users',
    imposer: 'CHN',
    kind: 'ban',
    title: 'Ban on dual-use item exports to US military end users and uses',
    instrument: 'MOFCOM Announcement 2024 No. 46, clause 1',
    targets: ['USA'],
    commodities: [],
    announced: '2024-12-03',
    effective: '2024-12-03',
    suspended_from: null,
    suspended_until: null,
    lifted: null,
    events: ['ev-20241203-china-bans-ga-ge-sb-superhard-exports-to-us'],
    notes: 'Covers all dual-use items; not part of the clause suspended by 2025 No. 72.',
    history: [],
    citations: [{ label: 'MOFCOM Announcement 2024 No. 46', url: `${MOFCOM}/202412/1072.html` }],
  },
  {
    id: 'rst-chn-2024-46-us-ga-ge-sb',
    imposer: 'CHN',
    kind: 'ban',
    title: 'Ban on gallium, germanium, antimony and superhard-material exports to the United States',
    instrument: 'MOFCOM Announcement 2024 No. 46, clause 2',
    targets: ['USA'],
    commodities: [GALLIUM, GERMANIUM, ANTIMONY, SUPERHARD],
    announced: '2024-12-03',
    effective: '2024-12-03',
    ...NO_72_SUSPENSION,
    lifted: null,
    events: ['ev-20241203-china-bans-ga-ge-sb-superhard-exports-to-us', EV_NO_72],
    notes: 'Exports of Ga, Ge, Sb and superhard-material dual-use items to the US are in principle not licensed.',
    history: [NO_72_NOTE],
    citations: NO_72_CITATIONS,
  },
  {
    id: 'rst-chn-2024-46-us-graphite-review',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Stricter end-user and end-use review of graphite exports to the United States',
    instrument: 'MOFCOM Announcement 2024 No. 46, clause 2',
    targets: ['USA'],
    commodities: GRAPHITE,
    announced: '2024-12-03',
    effective: '2024-12-03',
    ...NO_72_SUSPENSION,
    lifted: null,
    events: ['ev-20241203-china-bans-ga-ge-sb-superhard-exports-to-us', EV_NO_72],
    notes: 'The stricter graphite checks were announced and suspended together with the Ga/Ge/Sb ban (The Business Times, 9 Nov 2025).',
    history: [NO_72_NOTE],
    citations: NO_72_CITATIONS,
  },
  {
    id: 'rst-chn-2025-10-w-te-bi-mo-in',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Export licensing for tungsten, tellurium, bismuth, molybdenum and indium items',
    instrument: 'MOFCOM/GAC Announcement 2025 No. 10',
    targets: [],
    commodities: [
      { name: 'tungsten', hs: ['284180', '284990', '810110'] },
      { name: 'tellurium', hs: ['280450'] },
      { name: 'bismuth', hs: ['8106'] },
      { name: 'molybdenum', hs: ['810210'] },
      { name: 'indium', hs: ['811292'] },
    ],
    announced: '2025-02-04',
    effective: '2025-02-04',
    suspended_from: null,
    suspended_until: null,
    lifted: null,
    events: ['ev-20250204-china-export-controls-on-tungsten-tellurium'],
    notes: 'APT, tungsten oxide and carbide, W alloys, Te, Bi, Mo powder, In compounds and related technology need licences.',
    history: [],
    citations: [{ label: 'MOFCOM/GAC Announcement 2025 No. 10', url: `${MOFCOM}/202502/1098.html` }],
  },
  {
    id: 'rst-chn-2025-18-medium-heavy-ree',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Export licensing for seven medium and heavy rare earths (Sm, Gd, Tb, Dy, Lu, Sc, Y)',
    instrument: 'MOFCOM/GAC Announcement 2025 No. 18',
    targets: [],
    commodities: [
      RARE_EARTHS,
      ...['samarium', 'gadolinium', 'terbium', 'dysprosium', 'lutetium', 'scandium', 'yttrium'].map((name) => ({ name, hs: [] })),
    ],
    announced: '2025-04-04',
    effective: '2025-04-04',
    suspended_from: null,
    suspended_until: null,
    lifted: null,
    events: ['ev-20250404-china-export-controls-on-seven-medium-heavy'],
    notes: 'Effective on publication; covers the metals, oxides, alloys and compounds. Not among the measures suspended in Nov 2025.',
    history: [],
    citations: [{ label: 'MOFCOM/GAC Announcement 2025 No. 18, via Holland & Knight', url: 'https://hklaw.com/en/insights/publications/2025/04/china-imposes-export-controls-on-medium-and-heavy-rare-earth-materials' }],
  },
  {
    id: 'rst-chn-2025-55-superhard-materials',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Export licensing for superhard-material items (synthetic diamond powder, crystals, tools, CVD equipment)',
    instrument: 'MOFCOM/GAC Announcement 2025 No. 55',
    targets: [],
    commodities: [SUPERHARD],
    announced: '2025-10-09',
    effective: '2025-11-08',
    ...NO_70_SUSPENSION,
    lifted: null,
    events: ['ev-20251009-china-controls-on-superhard-materials-items', EV_NO_70],
    notes: 'Suspended the day before it was to take effect.',
    history: [NO_70_NOTE],
    citations: [{ label: 'MOFCOM/GAC Announcement 2025 No. 55', url: `${MOFCOM}/202510/1175.html` }, ...NO_70_CITATIONS],
  },
  {
    id: 'rst-chn-2025-56-ree-equipment',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Export licensing for rare-earth production equipment and raw and auxiliary materials',
    instrument: 'MOFCOM/GAC Announcement 2025 No. 56',
    targets: [],
    commodities: [{ name: 'rare earths', hs: [] }],
    announced: '2025-10-09',
    effective: '2025-11-08',
    ...NO_70_SUSPENSION,
    lifted: null,
    events: ['ev-20251009-china-controls-on-rare-earth-production', EV_NO_70],
    notes: 'Centrifugal extraction equipment, rare-earth kilns and furnaces, magnet hydrogen-decrepitation furnaces and auxiliary materials.',
    history: [NO_70_NOTE],
    citations: [{ label: 'MOFCOM/GAC Announcement 2025 No. 56', url: `${MOFCOM}/202510/1176.html` }, ...NO_70_CITATIONS],
  },
  {
    id: 'rst-chn-2025-57-heavy-ree',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Export licensing for five more heavy rare earths (Ho, Er, Tm, Eu, Yb)',
    instrument: 'MOFCOM/GAC Announcement 2025 No. 57',
    targets: [],
    commodities: [RARE_EARTHS, ...['holmium', 'erbium', 'thulium', 'europium', 'ytterbium'].map((name) => ({ name, hs: [] }))],
    announced: '2025-10-09',
    effective: '2025-11-08',
    ...NO_70_SUSPENSION,
    lifted: null,
    events: ['ev-20251009-china-controls-on-five-more-heavy-rare', EV_NO_70],
    notes: 'Includes mixtures and magnets containing these elements.',
    history: [NO_70_NOTE],
    citations: [{ label: 'MOFCOM/GAC Announcement 2025 No. 57', url: `${MOFCOM}/202510/1177.html` }, ...NO_70_CITATIONS],
  },
  {
    id: 'rst-chn-2025-58-battery-materials',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Export licensing for lithium-battery, cathode and artificial-graphite anode items',
    instrument: 'MOFCOM/GAC Announcement 2025 No. 58',
    targets: [],
    commodities: [{ name: 'lithium', hs: [] }, { name: 'synthetic graphite', hs: ['380110'] }],
    announced: '2025-10-09',
    effective: '2025-11-08',
    ...NO_70_SUSPENSION,
    lifted: null,
    events: ['ev-20251009-china-controls-on-lithium-battery-cathode', EV_NO_70],
    notes: 'Battery cells, cathode materials, synthetic graphite anode materials and related equipment and technology.',
    history: [NO_70_NOTE],
    citations: [{ label: 'MOFCOM/GAC Announcement 2025 No. 58', url: `${MOFCOM}/202510/1178.html` }, ...NO_70_CITATIONS],
  },
  {
    id: 'rst-chn-2025-61-ree-extraterritorial',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Licensing of foreign-made items with Chinese rare-earth content or technology',
    instrument: 'MOFCOM Announcement 2025 No. 61',
    targets: [],
    commodities: [RARE_EARTHS],
    announced: '2025-10-09',
    effective: '2025-10-09',
    ...NO_70_SUSPENSION,
    lifted: null,
    events: ['ev-20251009-china-extraterritorial-controls-on-foreign', EV_NO_70],
    notes: 'Section 1(3) applied on publication; sections 1(1) and 1(2) (0.1 % de minimis, Chinese technology) were due on 1 Dec 2025 and were suspended before then.',
    history: [NO_70_NOTE],
    citations: [{ label: 'MOFCOM Announcement 2025 No. 61', url: `${MOFCOM}/202510/1171.html` }, ...NO_70_CITATIONS],
  },
  {
    id: 'rst-chn-2025-62-ree-technology',
    imposer: 'CHN',
    kind: 'licensing',
    title: 'Export licensing for rare-earth related technologies',
    instrument: 'MOFCOM Announcement 2025 No. 62',
    targets: [],
    commodities: [{ name: 'rare earths', hs: [] }],
    announced: '2025-10-09',
    effective: '2025-10-09',
    ...NO_70_SUSPENSION,
    lifted: null,
    events: ['ev-20251009-china-controls-on-rare-earth-technologies', EV_NO_70],
    notes: 'Mining, separation, smelting, magnet-making and recycling technologies; effective on publication.',
    history: [NO_70_NOTE],
    citations: [{ label: 'MOFCOM Announcement 2025 No. 62', url: `${MOFCOM}/202510/1170.html` }, ...NO_70_CITATIONS],
  },
  {
    id: 'rst-chn-2026-japan-military-end-users',
    imposer: 'CHN',
    kind: 'ban',
    title: 'Ban on dual-use item exports to Japanese military end users',
    instrument: 'MOFCOM measure of 6 Jan 2026 (spokesperson statement)',
    targets: ['JPN'],
    commodities: [],
    announced: '2026-01-06',
    effective: '2026-01-06',
    suspended_from: null,
    suspended_until: null,
    lifted: null,
    events: ['ev-20260106-china-prohibits-dual-use-item-exports-to'],
    notes: 'All dual-use items to Japanese military users and uses, including third-country transfers.',
    history: [],
    citations: [{ label: 'MOFCOM spokesperson on dual-use exports to Japan (6 Jan 2026)', url: 'http://exportcontrol.mofcom.gov.cn/article/gndt/202601/1204.html' }],
  },
  {
    id: 'rst-rus-2024-enriched-uranium-us',
    imposer: 'RUS',
    kind: 'ban',
    title: 'Temporary restrictions on enriched uranium exports to the United States',
    instrument: 'Russian Government decision of 15 Nov 2024',
    targets: ['USA'],
    commodities: [{ name: 'uranium', hs: ['284420'] }],
    announced: '2024-11-15',
    effective: '2024-11-15',
    suspended_from: null,
    suspended_until: null,
    lifted: null,
    events: ['ev-20241115-russia-imposes-temporary-restrictions-on'],
    notes: 'Response to the US import ban; exceptions only under one-time FSTEC licences.',
    history: [],
    citations: [{ label: 'Devdiscourse report (15 Nov 2024)', url: 'https://www.devdiscourse.com/article/law-order/3159235-russia-halts-uranium-exports-to-us-amid-tensions' }],
  },
  {
    id: 'rst-kaz-scrap-export-ban',
    imposer: 'KAZ',
    kind: 'ban',
    title: 'Ban on exports of ferrous and non-ferrous scrap and waste',
    instrument: 'Orders of the Minister of Industry (21 Apr 2022; renewals incl. 23 Apr 2024, 15 Apr 2025, Order No. 449 of Oct 2025)',
    targets: [],
    commodities: SCRAP,
    announced: '2022-04-21',
    effective: '2022-05-06',
    suspended_from: null,
    suspended_until: null,
    lifted: '2026-04-29',
    events: [
      'ev-20220506-kazakhstan-bans-exports-of-ferrous-and-non',
      'ev-20231107-kazakhstan-extends-six-month-ban-on-ferrous',
      'ev-20240505-kazakhstan-extends-scrap-export-ban-for-six',
      'ev-20250429-kazakhstan-six-month-ban-on-exports-of',
      'ev-20251029-kazakhstan-six-month-ban-on-scrap-and-waste',
    ],
    notes: 'One measure renewed in six-month terms; the curated rows do not itemise every renewal between them. Exports to EAEU members are exempt. Lifted = end of the last six-month term in the sources (Order No. 449); a later renewal is not in the curated data.',
    history: [
      { date: '2023-11-07', note: 'Renewed for six months', url: 'http://qingfengmao.com/en/xwzx/3870.html' },
      { date: '2024-05-05', note: 'Renewed for six months (order of 23 Apr 2024)', url: 'https://steelradar.com/en/haber/kazakhstan-extends-ban-on-metal-scrap-exports' },
      { date: '2025-04-29', note: 'Six-month ban from 29 Apr 2025 (order of 15 Apr 2025)', url: 'https://qazinform.com/news/kazakhstan-bans-export-of-ferrous-and-non-ferrous-waste-62effe' },
      { date: '2025-10-29', note: 'Six-month ban under Ministerial Order No. 449', url: 'https://www.trend.az/casia/kazakhstan/4110348.html' },
      { date: '2026-04-29', note: 'End of the six-month term of Order No. 449 (no later renewal in the curated sources)', url: 'https://www.trend.az/casia/kazakhstan/4110348.html' },
    ],
    citations: [{ label: 'Order of the Minister of Industry of 21 Apr 2022, via SteelOrbis', url: 'https://www.steelorbis.com/steel-news/latest-news/kazakhstan-to-ban-scrap-exports-from-may-6-1242410.htm' }],
  },
  {
    id: 'rst-kaz-2025-nonferrous-ingot-ban',
    imposer: 'KAZ',
    kind: 'ban',
    title: 'Ban on exports of non-ferrous ingots and billets (raw copper, aluminium, lead) until 31 Dec 2025',
    instrument: 'Interdepartmental commission on foreign trade policy, decision of 14 Jul 2025',
    targets: [],
    commodities: [
      { name: 'copper', hs: ['7402', '7403'] },
      { name: 'aluminium', hs: ['7601'] },
      { name: 'lead', hs: ['7801'] },
    ],
    announced: '2025-07-14',
    effective: null,
    suspended_from: null,
    suspended_until: null,
    lifted: '2026-01-01',
    events: ['ev-20250714-kazakhstan-bans-export-of-non-ferrous-ingots'],
    notes: 'The cited source gives the approval and the end date (31 Dec 2025) but no start date, so the measure is shown as announced until it ends.',
    history: [{ date: '2026-01-01', note: 'End of the stated term (until 31 Dec 2025)', url: 'https://kz.kursiv.media/en/2025-07-14/engk-nknk-kazakhstan-is-set-to-lift-export-duty-for-gallium-smid-ergs-ambitions/amp' }],
    citations: [{ label: 'Kursiv, 14 Jul 2025', url: 'https://kz.kursiv.media/en/2025-07-14/engk-nknk-kazakhstan-is-set-to-lift-export-duty-for-gallium-smid-ergs-ambitions/amp' }],
  },
  {
    id: 'rst-kaz-gallium-export-duty',
    imposer: 'KAZ',
    kind: 'tax',
    title: '10 % export duty on gallium (abolished)',
    instrument: 'Interdepartmental commission on foreign trade policy, decision of 14 Jul 2025',
    targets: [],
    commodities: [{ name: 'gallium', hs: ['811292'] }],
    announced: null,
    effective: null,
    suspended_from: null,
    suspended_until: null,
    lifted: '2025-07-14',
    events: ['ev-20250714-kazakhstan-abolishes-10-export-duty-on'],
    notes: 'The curated ledger types the abolition as legislation; the duty itself is an export restriction (tax). Its start date is not in the curated sources.',
    history: [{ date: '2025-07-14', note: 'Commission decided to abolish the 10 % export duty on gallium', url: 'https://kz.kursiv.media/en/2025-07-14/engk-nknk-kazakhstan-is-set-to-lift-export-duty-for-gallium-smid-ergs-ambitions/amp' }],
    citations: [{ label: 'Kursiv, 14 Jul 2025', url: 'https://kz.kursiv.media/en/2025-07-14/engk-nknk-kazakhstan-is-set-to-lift-export-duty-for-gallium-smid-ergs-ambitions/amp' }],
  },
  {
    id: 'rst-kgz-ferrous-scrap-export-ban',
    imposer: 'KGZ',
    kind: 'ban',
    title: 'Ban on exports of ferrous scrap, waste and charge ingots outside the EAEU',
    instrument: 'Cabinet of Ministers resolutions (Aug 2022; extended Feb 2024; re-imposed Mar 2025)',
    targets: [],
    commodities: [{ name: 'iron and steel scrap', hs: ['7204'] }],
    announced: '2022-08-11',
    effective: '2022-08-11',
    suspended_from: null,
    suspended_until: null,
    lifted: '2025-09-19',
    events: [
      'ev-20220811-kyrgyzstan-bans-ferrous-scrap-exports',
      'ev-20240213-kyrgyzstan-extends-six-month-ban-on-ferrous',
      'ev-20250318-kyrgyzstan-re-imposes-ban-on-ferrous-scrap',
    ],
    notes: 'Six-month terms since Aug 2022, kept as one measure (the Feb 2024 source says the ban had been in effect since Aug 2022; the Mar 2025 source says "re-imposed", so a lapse before it cannot be ruled out). Exports to EAEU members are exempt. Lifted = the day after the last stated term ("until 18 September" 2025).',
    history: [
      { date: '2024-02-13', note: 'Extended for six months (resolution signed by Akylbek Japarov)', url: 'https://24.kg/english/286566_Kyrgyzstan_extends_ban_on_scrap_metal_exports/' },
      { date: '2025-03-18', note: 'Re-imposed for six months, until 18 Sept 2025', url: 'https://www.steelorbis.com/steel-news/latest-news/kyrgyzstan-bans-scrap-exports-outside-eaeu-for-another-six-months-1383635.htm' },
      { date: '2025-09-19', note: 'End of the term stated in Mar 2025 (no later renewal in the curated sources)', url: 'https://www.steelorbis.com/steel-news/latest-news/kyrgyzstan-bans-scrap-exports-outside-eaeu-for-another-six-months-1383635.htm' },
    ],
    citations: [{ label: 'CRU Recycled Metals Update (Aug 2022)', url: 'https://recycledmetalsupdate.crugroup.com/scrap-processors/kyrgyzstan-bans-scrap-metal-exports-outside-eeu/' }],
  },
  {
    id: 'rst-kgz-2022-precious-metals-cap',
    imposer: 'KGZ',
    kind: 'quota',
    title: '500 kg limit on exports of precious metals and their raw materials',
    instrument: 'Cabinet of Ministers resolution (Aug 2022)',
    targets: [],
    commodities: [{ name: 'gold', hs: [] }],
    announced: '2022-08-11',
    effective: '2022-08-11',
    suspended_from: null,
    suspended_until: null,
    lifted: '2023-02-11',
    events: ['ev-20220811-kyrgyzstan-bans-ferrous-scrap-exports'],
    notes: 'Announced with the six-month scrap ban; lifted = end of that six-month term (no renewal in the curated data).',
    history: [{ date: '2023-02-11', note: 'End of the six-month term (no renewal in the curated sources)', url: 'https://recycledmetalsupdate.crugroup.com/scrap-processors/kyrgyzstan-bans-scrap-metal-exports-outside-eeu/' }],
    citations: [{ label: 'CRU Recycled Metals Update (Aug 2022)', url: 'https://recycledmetalsupdate.crugroup.com/scrap-processors/kyrgyzstan-bans-scrap-metal-exports-outside-eeu/' }],
  },
];
