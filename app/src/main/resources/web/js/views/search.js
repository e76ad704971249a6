import { api } from '../api.js';
import { el, badge, shortId } from '../dom.js';

const FACETS = [
  ['type', 'Event type'], ['origin', 'Region of origin'], ['region', 'Region of event'],
  ['unit', 'Unit'], ['language', 'Language'], ['source', 'Source'],
];

export async function searchView(parameters) {
  const query = Object.fromEntries(['q', 'from', 'to', 'offset'].map((name) => [name, parameters.get(name) || '']));
  for (const [facet] of FACETS) query[facet] = parameters.getAll(facet);
  const result = await api.get('/api/search', { ...query, limit: 50 });

  const text = el('input', { type: 'search', id: 'search-text', name: 'q', value: query.q, placeholder: 'Search text: Иркутск, 1439, refused, відмова…' });
  const from = el('input', { type: 'date', id: 'search-from', name: 'from', value: query.from });
  const to = el('input', { type: 'date', id: 'search-to', name: 'to', value: query.to });
  const form = el('form', { class: 'searchbar', id: 'search-form' }, text,
    el('label', {}, 'from', from), el('label', {}, 'to', to), el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...query, q: text.value, from: from.value, to: to.value, offset: '' });
  });

  const facets = el('aside', { class: 'facets', id: 'facets' }, FACETS.map(([facet, label]) => {
    const counts = (result.facets && result.facets[facet]) || [];
    if (counts.length === 0) return null;
    return el('section', {}, el('h3', {}, label), counts.slice(0, 15).map((count) => {
      const checked = query[facet].includes(count.value);
      const box = el('input', { type: 'checkbox', checked, dataset: { facet, value: count.value } });
      box.addEventListener('change', () => {
        const values = checked ? query[facet].filter((v) => v !== count.value) : [...query[facet], count.value];
        navigate({ ...query, [facet]: values, offset: '' });
      });
      return el('label', { class: 'facet' }, box, el('span', {}, count.value), el('span', { class: 'count' }, count.count));
    }));
  }));

  const hits = el('ol', { class: 'hits', id: 'hits' }, result.hits.map((hit) => el('li', { class: 'hit' },
    el('a', { href: `#/item/${hit.item.id}`, class: 'hit-title' }, hit.item.title || `(untitled ${shortId(hit.item.id)})`),
    el('div', { class: 'meta' }, hit.item.source, ' · ', (hit.item.published || '').slice(0, 10), ' · ',
      hit.item.language.toLowerCase(), ' · ', hit.item.kind.toLowerCase(),
      hit.item.status !== 'ACTIVE' ? [' ', badge(hit.item.status.toLowerCase(), `status-${hit.item.status.toLowerCase()}`)] : null),
    el('p', { class: 'snippet' }, hit.snippet.map((part) => (part.highlighted ? el('mark', {}, part.text) : part.text))))));

  const offset = Number(query.offset || 0);
  const pager = el('div', { class: 'pager' },
    offset > 0 ? el('button', { type: 'button', onclick: () => navigate({ ...query, offset: Math.max(0, offset - 50) }) }, '← Previous') : null,
    offset + result.hits.length < result.total ? el('button', { type: 'button', onclick: () => navigate({ ...query, offset: offset + 50 }) }, 'Next →') : null);

  return el('div', { class: 'search' }, form,
    el('div', { class: 'columns' }, facets,
      el('section', { class: 'results' },
        el('p', { class: 'muted', id: 'total' }, `${result.total} item${result.total === 1 ? '' : 's'}`), hits, pager)));
}

function navigate(query) {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) value.forEach((v) => parameters.append(name, v));
    else if (value !== '' && value !== undefined && value !== null) parameters.set(name, value);
  }
  location.hash = `#/search?${parameters}`;
}
