import { z } from 'zod';
import { findCommodity } from '../../domain/commodities.js';
import { allCountries, findCountry } from '../../domain/countries.js';
import { groupMembers } from '../../domain/groups.js';
import type { FacilityRecord } from '../../domain/records.js';
import { facilitiesIn } from '../../store/queries/facilities.js';
import { pagination, route } from '../route.js';

/** minLon,minLat,maxLon,maxLat in degrees (WGS 84), as GeoJSON orders a bbox. */
const bboxParam = z
  .string()
  .transform((v) => v.split(',').map((x) => Number(x.trim())))
  .refine((b) => b.length === 4 && b.every((x) => Number.isFinite(x)), 'must be minLon,minLat,maxLon,maxLat')
  .refine(([w, s, e, n]) => (w as number) >= -180 && (e as number) <= 180 && (s as number) >= -90 && (n as number) <= 90 && (s as number) <= (n as number), 'is outside −180…180 / −90…90 or has south above north');

function properties(f: FacilityRecord) {
  return {
    id: f.id,
    name: f.name,
    country: f.country_iso3,
    kind: f.kind,
    status: f.status,
    owner: f.owner,
    commodities: f.commodities ? f.commodities.split(';') : [],
    coord_precision: f.coord_precision,
    size_note: f.size_note,
  };
}

/** A box crossing the antimeridian (west > east) wraps around. */
function inBox(f: FacilityRecord, b: number[]): boolean {
  const [w, s, e, n] = b as [number, number, number, number];
  const lon = f.lon as number;
  const lat = f.lat as number;
  const lonOk = w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
  return lonOk && lat >= s && lat <= n;
}

export const facilityRoutes = [
  route({
    method: 'get',
    path: '/api/facilities',
    tag: 'facilities',
    summary: 'Mines, plants, deposits and projects as a GeoJSON FeatureCollection',
    description:
      'Filters: `country` (a name, ISO3 code or group such as C5), `commodity`, `bbox` (minLon,minLat,maxLon,maxLat). Sites without coordinates are listed in the `unlocated` member (they cannot pass a bbox). `format=geojson` returns the bare FeatureCollection (application/geo+json) for GIS tools.',
    cached: true,
    alternates: ['application/geo+json'],
    query: z
      .object({
        country: z.string().min(1).optional(),
        commodity: z.string().min(1).optional(),
        bbox: bboxParam.optional(),
        format: z.enum(['json', 'geojson']).default('json'),
        ...pagination(2000, 10000),
      })
      .strict(),
    handle: async ({ query, deps }) => {
      let countries: string[];
      if (!query.country) countries = allCountries().map((c) => c.iso3);
      else {
        const group = groupMembers(query.country.toUpperCase());
        countries = group.length ? [...group] : [findCountry(query.country)];
      }
      const commodityId = query.commodity ? findCommodity(query.commodity) : undefined;
      const rows = await facilitiesIn(deps.store.db, countries, commodityId);
      const located = rows.filter((f) => f.lat !== null && f.lon !== null && (!query.bbox || inBox(f, query.bbox)));
      const page = located.slice(query.offset, query.offset + query.limit);
      const collection = {
        type: 'FeatureCollection' as const,
        features: page.map((f) => ({ type: 'Feature' as const, id: f.id, geometry: { type: 'Point' as const, coordinates: [f.lon as number, f.lat as number] }, properties: properties(f) })),
        unlocated: query.bbox ? [] : rows.filter((f) => f.lat === null || f.lon === null).map(properties),
      };
      const meta = { total: located.length, limit: query.limit, offset: query.offset, filters: { countries: query.country ? countries : null, commodity: commodityId ?? null, bbox: query.bbox ?? null } };
      if (query.format === 'geojson') return { raw: JSON.stringify(collection), contentType: 'application/geo+json; charset=utf-8' };
      return { data: collection, meta };
    },
  }),
];
