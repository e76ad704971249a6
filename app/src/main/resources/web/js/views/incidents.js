import { api } from '../api.js';
import { el, badge, table, dateRange } from '../dom.js';
import { session } from '../app.js';
import { history, figure } from './item.js';

export const EVENT_TYPES = ['APPEAL', 'REFUSAL', 'DETENTION', 'DESERTION', 'MUTINY', 'ASSAULT', 'CASUALTIES', 'SHORTAGE', 'ABUSE', 'PROSECUTION', 'MOBILIZATION', 'COUNTER_STATEMENT'];
const REVIEW_STATUSES = ['UNVERIFIED', 'CORROBORATED', 'VERIFIED', 'DISPUTED', 'FALSE'];

export function typeFilter(parameters, onChange) {
  const type = el('select', { id: 'filter-type' }, el('option', { value: '' }, 'all types'),
    EVENT_TYPES.map((name) => el('option', { value: name, selected: parameters.get('type') === name }, name.toLowerCase().replace('_', ' '))));
  const from = el('input', { type: 'date', id: 'filter-from', value: parameters.get('from') || '' });
  const to = el('input', { type: 'date', id: 'filter-to', value: parameters.get('to') || '' });
  const apply = () => onChange({ type: type.value, from: from.value, to: to.value });
  [type, from, to].forEach((input) => input.addEventListener('change', apply));
  return el('div', { class: 'filters' }, el('label', {}, 'Type ', type), el('label', {}, 'from ', from), el('label', {}, 'to ', to));
}

export function incidentQuery(parameters) {
  return { type: parameters.get('type') || '', from: parameters.get('from') || '', to: parameters.get('to') || '' };
}

function navigate(base, values) {
  const parameters = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
  location.hash = `${base}?${parameters}`;
}

export async function incidentsView(parameters) {
  const incidents = await api.get('/api/incidents', incidentQuery(parameters));
  return el('div', {}, el('h1', {}, 'Incidents'),
    typeFilter(parameters, (values) => navigate('#/incidents', values)),
    el('p', { class: 'muted' }, `${incidents.length} incident${incidents.length === 1 ? '' : 's'}`),
    table(['When', 'Type', 'Incident', 'Origin', 'Items', 'Independent sources', 'Review'], incidents.map((incident) => el('tr', {},
      el('td', { class: 'nowrap' }, dateRange(incident.from, incident.to)),
      el('td', {}, badge(incident.type, 'type')),
      el('td', {}, el('a', { href: `#/incident/${encodeURIComponent(incident.id)}` }, incident.title)),
      el('td', {}, incident.origin.join(', ')),
      el('td', { class: 'number' }, incident.itemCount),
      el('td', { class: 'number' }, incident.independentSources),
      el('td', {}, reviewBadge(incident.status))))));
}

export function reviewBadge(status) {
  return badge(status.toLowerCase(), `review-${status.toLowerCase()}`);
}

export async function incidentView(id) {
  const detail = await api.get(`/api/incidents/${encodeURIComponent(id)}`);
  const incident = detail.summary;
  const status = el('span', { id: 'review-status' }, reviewBadge(incident.status));
  return el('article', { class: 'incident', id: 'incident' },
    el('h1', {}, incident.title, ' ', status),
    el('div', { class: 'meta' }, badge(incident.type, 'type'), ' ', dateRange(incident.from, incident.to),
      ' · ', `${incident.itemCount} items, ${incident.independentSources} independent source${incident.independentSources === 1 ? '' : 's'}`),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Soldiers from'), el('dd', {}, incident.origin.join(', ') || '—'),
      el('dt', {}, 'Where'), el('dd', {}, [incident.location.join(', '), incident.places.map((place) => ` ${place.name}`)].flat().join('') || '—'),
      el('dt', {}, 'Units'), el('dd', {}, incident.units.length ? incident.units.map((unit) => el('a', { href: `#/unit/${encodeURIComponent(unit)}`, class: 'unit' }, unit)) : '—')),
    el('div', { class: 'columns item-columns' },
      el('section', {}, el('h2', {}, 'Items that tell it'), el('ul', { class: 'plain items', id: 'incident-items' }, detail.items.map((item) => el('li', {},
        el('a', { href: `#/item/${item.id}` }, item.title || item.id.slice(0, 10)),
        el('div', { class: 'meta' }, item.source, ' · ', (item.published || '').slice(0, 10), ' · ', item.language.toLowerCase(),
          item.status !== 'ACTIVE' ? [' ', badge(item.status.toLowerCase(), `status-${item.status.toLowerCase()}`)] : null)))),
        detail.claims.length ? [el('h2', {}, 'Claims'), table(['Claimant', 'Figure', 'About', 'Source'], detail.claims.map((view) => el('tr', {},
          el('td', {}, view.claim.claimant || '—'), el('td', { class: 'figure' }, figure(view.claim.figure)),
          el('td', {}, view.claim.subject), el('td', {}, el('a', { href: `#/item/${view.itemId}` }, view.source)))))] : null),
      el('aside', { class: 'side-panel' }, reviewForm(incident, status), history(detail.history))));
}

function reviewForm(incident, statusBadge) {
  if (session.publicMode || !['analyst', 'admin'].includes(session.role)) return null;
  const select = el('select', { id: 'review-select', name: 'status' }, REVIEW_STATUSES.map((name) => el('option', { value: name, selected: name === incident.status }, name.toLowerCase())));
  const note = el('textarea', { id: 'review-note', name: 'note', rows: 3, placeholder: 'Why: which sources, what was checked' });
  const message = el('p', { class: 'muted', id: 'review-message', role: 'status' });
  const form = el('form', { class: 'review', id: 'review-form' }, el('h2', {}, 'Review'), select, note, el('button', { type: 'submit', id: 'review-submit' }, 'Set status'), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const detail = await api.post(`/api/incidents/${encodeURIComponent(incident.id)}/status`, { status: select.value, note: note.value });
      statusBadge.replaceChildren(reviewBadge(detail.summary.status));
      form.parentElement.querySelector('.history').replaceWith(history(detail.history));
      note.value = '';
      message.textContent = `Status set to ${detail.summary.status.toLowerCase()}; recorded in the custody log.`;
    } catch (error) {
      message.textContent = error.message;
    }
  });
  return form;
}
