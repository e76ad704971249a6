import { api } from '../api.js';
import { el, badge, sourceLink, table, dateRange } from '../dom.js';
import { session } from '../app.js';

export async function itemView(id) {
  const item = await api.get(`/api/items/${id}`);
  const summary = item.summary;
  const status = summary.status.toLowerCase();
  return el('article', { class: 'item', id: 'item' },
    el('h1', {}, summary.title || '(untitled)', ' ', badge(status, `status-${status}`)),
    el('div', { class: 'meta' }, summary.source, ' · ', (summary.published || '').slice(0, 10), ' · ',
      summary.language.toLowerCase(), ' · ', summary.kind.toLowerCase()),
    statusWarning(item),
    el('div', { class: 'columns item-columns' },
      el('section', { class: 'text-panel' },
        el('h2', {}, 'Text'), legend(),
        el('div', { class: 'source-text', id: 'source-text', lang: summary.language.toLowerCase() }, highlighted(item.text, item.mentions)),
        reports(item.reports), claims(item.claims), capturePanel(id, item.captures)),
      el('aside', { class: 'side-panel' },
        provenance(summary, item.captures),
        incidents(item.incidents),
        history(item.history),
        custody(item.custody),
        metadata(item.metadata))));
}

function statusWarning(item) {
  const status = item.summary.status;
  if (status === 'DELETED') return el('div', { class: 'warning deleted', id: 'deleted-warning' }, 'The original has been deleted. This is the preserved copy.');
  if (status === 'CHANGED') return el('div', { class: 'warning changed' }, 'The original has changed since capture; every capture is kept below.');
  return null;
}

const MENTION_LABELS = { REGION: 'region', PLACE: 'place', UNIT: 'unit', ORG: 'organisation', DATE: 'date', QUANTITY: 'figure', PERSON: 'person' };

function legend() {
  return el('p', { class: 'legend' }, Object.entries(MENTION_LABELS).map(([type, label]) => el('span', { class: `mention m-${type.toLowerCase()}` }, label)));
}

/** Splits the text at mention boundaries; each piece is a text node or a <mark> with text only. */
export function highlighted(text, mentions) {
  const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const parts = [];
  let position = 0;
  for (const mention of sorted) {
    const { start, end } = mention.span;
    if (start < position || end > text.length) continue;
    if (start > position) parts.push(text.slice(position, start));
    parts.push(el('mark', { class: `mention m-${mention.type.toLowerCase()}`, title: `${MENTION_LABELS[mention.type] || mention.type}: ${mention.key}` }, text.slice(start, end)));
    position = end;
  }
  parts.push(text.slice(position));
  return parts;
}

function reports(list) {
  if (list.length === 0) return null;
  return el('section', {}, el('h2', {}, 'Events reported'), el('ul', { class: 'plain' }, list.map((report) => el('li', {},
    badge(report.type, 'type'), ' ', report.when ? dateRange(report.when.from, report.when.to) : '', ' ',
    report.origin.length ? ['origin ', report.origin.join(', '), ' '] : '',
    report.units.map((unit) => el('a', { href: `#/unit/${encodeURIComponent(unit)}`, class: 'unit' }, unit)),
    el('blockquote', {}, report.text)))));
}

function claims(list) {
  if (list.length === 0) return null;
  return el('section', {}, el('h2', {}, 'Claims'), table(['Claimant', 'Figure', 'About', 'Evidence'], list.map((claim) => el('tr', {},
    el('td', {}, claim.claimant || '—'), el('td', { class: 'figure' }, figure(claim.figure)),
    el('td', {}, claim.subject), el('td', {}, el('q', {}, claim.text))))));
}

export function figure(value) {
  const low = value.low;
  const high = value.high;
  let range;
  if (low != null && high != null) range = low === high ? `${low}` : `${low}–${high}`;
  else if (low != null) range = `≥ ${low}`;
  else range = `≤ ${high}`;
  return `${range} ${value.unit}${value.per ? ` / ${value.per}` : ''}`;
}

function capturePanel(id, captures) {
  if (session.publicMode) {
    return el('section', {}, el('h2', {}, 'Preserved copy'), el('p', { class: 'muted' }, 'The public view shows the redacted text only.'));
  }
  if (captures.length === 0) return null;
  const frame = el('iframe', { class: 'capture', id: 'capture-frame', sandbox: '', referrerpolicy: 'no-referrer', title: 'Preserved capture, scripts disabled', src: `/api/items/${id}/captures/${captures.length - 1}/view` });
  return el('section', {}, el('h2', {}, 'Preserved copy'),
    el('p', { class: 'muted' }, 'Shown in a sandbox: no scripts run, nothing is loaded from elsewhere.'), frame);
}

function provenance(summary, captures) {
  return el('section', { class: 'provenance', id: 'provenance' }, el('h2', {}, 'Provenance'),
    el('dl', {}, el('dt', {}, 'Published at'), el('dd', {}, sourceLink(summary.uri)),
      el('dt', {}, 'Item id'), el('dd', { class: 'hash' }, summary.id)),
    captures.map((capture) => el('div', { class: 'capture-info' },
      el('dl', {}, el('dt', {}, `Capture ${capture.index + 1}`), el('dd', {}, capture.capturedAt),
        el('dt', {}, 'URL'), el('dd', {}, sourceLink(capture.uri)),
        el('dt', {}, 'SHA-256'), el('dd', { class: 'hash' }, capture.sha256),
        el('dt', {}, 'Type'), el('dd', {}, capture.contentType),
        el('dt', {}, 'WARC'), el('dd', { class: 'hash' }, `${capture.warcFile} @ ${capture.warcOffset}`)),
      session.publicMode ? null : el('a', { href: `/api/items/${summary.id}/captures/${capture.index}`, download: '' }, 'Download preserved bytes'))));
}

function incidents(ids) {
  if (ids.length === 0) return null;
  return el('section', {}, el('h2', {}, 'Incidents'), el('ul', { class: 'plain' }, ids.map((id) => el('li', {}, el('a', { href: `#/incident/${encodeURIComponent(id)}` }, id)))));
}

export function history(changes) {
  return el('section', { class: 'history', id: 'history' }, el('h2', {}, 'Status history'), changes.length === 0
    ? el('p', { class: 'muted' }, 'No changes recorded.')
    : el('ol', { class: 'plain' }, changes.map((change) => el('li', {},
      badge(change.status.toLowerCase(), `status-${change.status.toLowerCase()}`), ' ', change.at.slice(0, 16).replace('T', ' '),
      ' · ', change.actor, change.note ? el('div', { class: 'note' }, change.note) : null))));
}

function custody(entries) {
  if (entries.length === 0) return null;
  return el('section', { class: 'custody' }, el('h2', {}, 'Custody log'), el('ol', { class: 'plain' }, entries.map((entry) => el('li', {},
    el('strong', {}, entry.action), ' ', entry.at.slice(0, 19).replace('T', ' '), ' · ', entry.actor,
    entry.detail ? el('div', { class: 'note' }, entry.detail) : null,
    el('div', { class: 'hash' }, `#${entry.sequence} ${entry.hash}`)))));
}

function metadata(values) {
  const entries = Object.entries(values);
  if (entries.length === 0) return null;
  return el('section', {}, el('h2', {}, 'Source metadata'), el('dl', {}, entries.map(([name, value]) => [el('dt', {}, name), el('dd', {}, value)])));
}
