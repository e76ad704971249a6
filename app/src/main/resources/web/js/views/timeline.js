import { api } from '../api.js';
import { el } from '../dom.js';
import { EVENT_TYPES } from './incidents.js';
import { TYPE_COLOURS } from './map.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

/** Incidents by type per month, as stacked bars; each bar segment links to its incidents. */
export async function timelineView() {
  const incidents = await api.get('/api/incidents');
  const dated = incidents.filter((incident) => incident.from);
  if (dated.length === 0) return el('div', {}, el('h1', {}, 'Timeline'), el('p', { class: 'muted' }, 'No dated incidents yet.'));
  const months = [...new Set(dated.map((incident) => incident.from.slice(0, 7)))].sort();
  const all = monthRange(months[0], months[months.length - 1]);
  const counts = new Map(all.map((month) => [month, Object.fromEntries(EVENT_TYPES.map((type) => [type, 0]))]));
  for (const incident of dated) counts.get(incident.from.slice(0, 7))[incident.type]++;
  const max = Math.max(...[...counts.values()].map((byType) => Object.values(byType).reduce((a, b) => a + b, 0)));
  const width = 900;
  const height = 320;
  const left = 40;
  const bottom = 40;
  const barWidth = Math.max(8, Math.min(60, (width - left - 10) / all.length - 6));
  const step = (width - left - 10) / all.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', id: 'timeline', role: 'img', 'aria-label': 'Incidents per month by type' });
  const scale = (height - bottom - 20) / max;
  for (let tick = 0; tick <= max; tick += Math.max(1, Math.ceil(max / 5))) {
    const y = height - bottom - tick * scale;
    chart.append(svg('line', { x1: left, x2: width, y1: y, y2: y, class: 'grid' }), svg('text', { x: left - 6, y: y + 4, class: 'axis', 'text-anchor': 'end' }, tick));
  }
  all.forEach((month, index) => {
    const x = left + index * step + (step - barWidth) / 2;
    let y = height - bottom;
    for (const type of EVENT_TYPES) {
      const count = counts.get(month)[type];
      if (!count) continue;
      const h = count * scale;
      y -= h;
      const link = svg('a', { href: `#/incidents?type=${type}&from=${month}-01&to=${month}-${lastDay(month)}` },
        svg('rect', { x, y, width: barWidth, height: h, fill: TYPE_COLOURS[type], class: 'bar' }, svg('title', {}, `${month}: ${count} ${type.toLowerCase()}`)));
      chart.append(link);
    }
    chart.append(svg('text', { x: x + barWidth / 2, y: height - bottom + 16, class: 'axis', 'text-anchor': 'middle' }, month));
  });
  return el('div', {}, el('h1', {}, 'Timeline'), el('p', { class: 'muted' }, 'Incidents per month by event type; click a bar to list its incidents.'), chart,
    el('p', { class: 'legend' }, EVENT_TYPES.map((type) => el('span', { class: 'legend-item' }, el('span', { class: `swatch t-${type.toLowerCase()}` }), type.toLowerCase().replace('_', ' ')))));
}

function monthRange(first, last) {
  const months = [];
  let [year, month] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) { month = 1; year++; }
  }
  return months;
}

function lastDay(month) {
  const [year, number] = month.split('-').map(Number);
  return String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, '0');
}
