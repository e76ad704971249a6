import { api } from '../api.js';
import { el, badge, dateRange, table } from '../dom.js';
import { reviewBadge } from './incidents.js';

/** A unit's profile: regions its soldiers come from, event types, incidents and items. */
export async function unitView(key) {
  const profile = await api.get(`/api/units/${encodeURIComponent(key)}`);
  const counts = (title, rows) => el('section', {}, el('h2', {}, title), rows.length === 0 ? el('p', { class: 'muted' }, '—')
    : el('ul', { class: 'plain' }, rows.map((row) => el('li', {}, row.value, ' ', el('span', { class: 'muted' }, `× ${row.count}`)))));
  return el('div', { id: 'unit' }, el('h1', {}, profile.key),
    el('div', { class: 'columns' },
      el('aside', { class: 'side-panel' }, counts('Soldiers from', profile.origins), counts('Event types', profile.eventTypes)),
      el('section', {},
        el('h2', {}, 'Incidents'),
        table(['When', 'Type', 'Incident', 'Review'], profile.incidents.map((incident) => el('tr', {},
          el('td', { class: 'nowrap' }, dateRange(incident.from, incident.to)), el('td', {}, badge(incident.type, 'type')),
          el('td', {}, el('a', { href: `#/incident/${encodeURIComponent(incident.id)}` }, incident.title)),
          el('td', {}, reviewBadge(incident.status))))),
        el('h2', {}, 'Items'),
        el('ul', { class: 'plain' }, profile.items.map((item) => el('li', {},
          el('a', { href: `#/item/${item.id}` }, item.title || item.id.slice(0, 12)),
          el('span', { class: 'meta' }, ' ', item.source, ' · ', (item.published || '').slice(0, 10))))))));
}
