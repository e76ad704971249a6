import { api } from '../api.js';
import { el } from '../dom.js';
import { session } from '../app.js';

/** Upload of files for ingest (analysts and admins): Telegram result.json, HTML, RSS/Atom, PDF, DOCX, WARC. */
export async function uploadView() {
  if (!['analyst', 'admin'].includes(session.role)) return el('p', {}, 'Only analysts and admins upload material.');
  const file = el('input', { type: 'file', id: 'upload-file', multiple: true });
  const log = el('ul', { class: 'plain', id: 'upload-log' });
  const form = el('form', { class: 'inline', id: 'upload-form' }, file, el('button', { type: 'submit' }, 'Ingest'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const chosen of file.files) {
      const line = el('li', {}, `${chosen.name}: ingesting…`);
      log.prepend(line);
      try {
        const result = await api.upload(`/api/ingest?name=${encodeURIComponent(chosen.name)}`, chosen);
        line.replaceChildren(`${chosen.name}: ${result.itemIds.length} item(s) preserved and registered`,
          result.problems.length ? el('div', { class: 'note' }, result.problems.join('\n')) : '',
          ...result.itemIds.slice(0, 20).map((id) => el('div', {}, el('a', { href: `#/item/${id}` }, id.slice(0, 12)))));
      } catch (error) {
        line.replaceChildren(el('span', { class: 'error' }, `${chosen.name}: ${error.message}`));
      }
    }
  });
  return el('div', {}, el('h1', {}, 'Upload for ingest'),
    el('p', { class: 'muted' }, 'Each file is preserved in a WARC record with its SHA-256, logged in the custody log under your name, extracted and registered.'),
    form, log);
}
