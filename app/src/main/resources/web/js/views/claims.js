import { api } from '../api.js';
import { el, badge } from '../dom.js';
import { figure } from './item.js';

/** Claimed figures about the same thing side by side: claimant, range, date, evidence, and whether they conflict. */
export async function claimsView() {
  const groups = await api.get('/api/claims');
  return el('div', {}, el('h1', {}, 'Claims'),
    el('p', { class: 'muted' }, 'Figures grouped by what they count; a group is marked when claimants’ ranges do not overlap.'),
    groups.length === 0 ? el('p', {}, 'No claims yet.') : groups.map((group) => el('section', { class: `claim-group${group.conflicting ? ' conflicting' : ''}` },
      el('h2', {}, group.subject, ' ', el('span', { class: 'muted' }, `(${group.unit}${group.per ? ` per ${group.per}` : ''})`),
        group.conflicting ? [' ', badge('conflicting', 'conflict')] : null),
      el('div', { class: 'claim-cards' }, group.claims.map((view) => el('div', { class: 'claim-card' },
        el('div', { class: 'claimant' }, view.claim.claimant || 'unattributed'),
        el('div', { class: 'figure big' }, figure(view.claim.figure)),
        rangeBar(view.claim.figure, group),
        el('div', { class: 'meta' }, view.published || '', ' · ', el('a', { href: `#/item/${view.itemId}` }, view.source)),
        el('q', {}, view.claim.text)))))));
}

function rangeBar(value, group) {
  const bounds = group.claims.flatMap((view) => [view.claim.figure.low, view.claim.figure.high]).filter((x) => x != null);
  const max = Math.max(...bounds, 1);
  const low = value.low ?? 0;
  const high = value.high ?? max;
  const bar = el('div', { class: 'range' });
  const fill = el('div', { class: 'range-fill' });
  // Widths go through the CSSOM (allowed by the CSP), never through a style attribute.
  fill.style.marginLeft = `${(100 * low) / max}%`;
  fill.style.width = `${Math.max(1.5, (100 * (high - low)) / max)}%`;
  bar.append(fill);
  return bar;
}
