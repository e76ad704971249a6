import { api } from '../api.js';
import { el, badge, dateRange, shortId } from '../dom.js';
import { EVENT_TYPES, reviewBadge } from './incidents.js';

const DIMENSIONS = [['origin', 'Region of origin'], ['region', 'Region of event'], ['unit', 'Unit'], ['type', 'Event type'], ['place', 'Place'], ['source', 'Source']];

/** A tally whose every row opens the incidents and items that make its count. */
export async function tallyView(parameters) {
  const query = { by: parameters.get('by') || 'origin', type: parameters.get('type') ?? 'APPEAL', since: parameters.get('since') || '', until: parameters.get('until') || '' };
  const [rows, incidents] = await Promise.all([api.get('/api/tally', query), api.get('/api/incidents')]);
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));

  const by = el('select', { id: 'tally-by' }, DIMENSIONS.map(([value, label]) => el('option', { value, selected: value === query.by }, label)));
  const type = el('select', { id: 'tally-type' }, el('option', { value: '' }, 'all types'), EVENT_TYPES.map((name) => el('option', { value: name, selected: name === query.type }, name.toLowerCase().replace('_', ' '))));
  const since = el('input', { type: 'date', id: 'tally-since', value: query.since });
  const until = el('input', { type: 'date', id: 'tally-until', value: query.until });
  const form = el('form', { class: 'filters', id: 'tally-form' }, el('label', {}, 'Count by ', by), el('label', {}, 'of ', type),
    el('label', {}, 'since ', since), el('label', {}, 'until ', until), el('button', { type: 'submit' }, 'Tally'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = { by: by.value, type: type.value, since: since.value, until: until.value };
    location.hash = `#/tally?${new URLSearchParams(Object.entries(values))}`;
  });

  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const body = el('tbody', {});
  for (const row of rows) {
    const evidence = el('tr', { class: 'evidence', hidden: true }, el('td', { colspan: 4 }));
    const toggle = el('button', { type: 'button', class: 'link drill', dataset: { key: row.key } }, `${row.count} incidents, ${row.itemCount} items ▸`);
    toggle.addEventListener('click', async () => {
      evidence.hidden = !evidence.hidden;
      if (!evidence.hidden && !evidence.dataset.loaded) {
        evidence.dataset.loaded = 'yes';
        evidence.firstChild.replaceChildren(await evidencePanel(row, byId));
      }
    });
    body.append(el('tr', { class: 'tally-row' }, el('td', {}, row.key), el('td', {}, row.label), el('td', { class: 'number' }, row.count), el('td', {}, toggle)), evidence);
  }
  return el('div', {}, el('h1', {}, 'Tally'), form,
    el('p', { class: 'muted' }, `${rows.length} ${DIMENSIONS.find(([value]) => value === query.by)[1].toLowerCase()} value${rows.length === 1 ? '' : 's'}, ${total} counted; open a row to see its evidence.`),
    el('table', { id: 'tally-table' }, el('thead', {}, el('tr', {}, el('th', {}, 'Key'), el('th', {}, 'Name'), el('th', {}, 'Count'), el('th', {}, 'Evidence'))), body));
}

async function evidencePanel(row, byId) {
  const items = await Promise.all(row.itemIds.slice(0, 30).map((id) => api.get(`/api/items/${id}`).then((item) => item.summary, () => null)));
  return el('div', { class: 'drilldown columns' },
    el('section', {}, el('h3', {}, 'Incidents'), el('ul', { class: 'plain' }, row.incidentIds.map((id) => {
      const incident = byId.get(id);
      return el('li', {}, el('a', { href: `#/incident/${encodeURIComponent(id)}`, class: 'drill-incident' }, incident ? incident.title : id),
        incident ? [' ', badge(incident.type, 'type'), ' ', dateRange(incident.from, incident.to), ' ', reviewBadge(incident.status)] : null);
    }), row.count > row.incidentIds.length ? el('li', { class: 'muted' }, `and ${row.count - row.incidentIds.length} more`) : null)),
    el('section', {}, el('h3', {}, 'Items'), el('ul', { class: 'plain' }, items.filter(Boolean).map((item) => el('li', {},
      el('a', { href: `#/item/${item.id}`, class: 'drill-item' }, item.title || shortId(item.id)),
      el('span', { class: 'meta' }, ' ', item.source, ' · ', (item.published || '').slice(0, 10)))),
      row.itemCount > Math.min(row.itemIds.length, 30) ? el('li', { class: 'muted' }, `and ${row.itemCount - Math.min(row.itemIds.length, 30)} more`) : null)));
}
