// Frontwatch web UI: a hash router over views; every view renders source text with textContent only.
import { api, setCsrfToken, ApiError } from './api.js';
import { el, show, clear } from './dom.js';
import { searchView } from './views/search.js';
import { itemView } from './views/item.js';
import { incidentsView, incidentView } from './views/incidents.js';
import { mapView } from './views/map.js';
import { timelineView } from './views/timeline.js';
import { tallyView } from './views/tally.js';
import { claimsView } from './views/claims.js';
import { adminView } from './views/admin.js';
import { loginView } from './views/login.js';
import { uploadView } from './views/upload.js';
import { unitView } from './views/unit.js';

export const session = { signedIn: false, publicMode: false, role: null, user: null };

const routes = [
  [/^#\/search(?:\?(.*))?$/, (m) => searchView(new URLSearchParams(m[1] || ''))],
  [/^#\/item\/([0-9a-f]{64})$/, (m) => itemView(m[1])],
  [/^#\/incidents(?:\?(.*))?$/, (m) => incidentsView(new URLSearchParams(m[1] || ''))],
  [/^#\/incident\/([^/?#]+)$/, (m) => incidentView(decodeURIComponent(m[1]))],
  [/^#\/map(?:\?(.*))?$/, (m) => mapView(new URLSearchParams(m[1] || ''))],
  [/^#\/timeline$/, () => timelineView()],
  [/^#\/tally(?:\?(.*))?$/, (m) => tallyView(new URLSearchParams(m[1] || ''))],
  [/^#\/claims$/, () => claimsView()],
  [/^#\/admin$/, () => adminView()],
  [/^#\/upload$/, () => uploadView()],
  [/^#\/unit\/([^/?#]+)$/, (m) => unitView(decodeURIComponent(m[1]))],
  [/^#\/login$/, () => loginView()],
];

const main = document.getElementById('main');

export async function refreshSession() {
  const answer = await api.get('/api/session');
  Object.assign(session, { signedIn: false, role: null, user: null }, answer);
  setCsrfToken(answer.csrfToken);
  renderWho();
}

function renderWho() {
  const who = clear(document.getElementById('who'));
  document.getElementById('nav-admin').hidden = session.role !== 'admin';
  document.getElementById('nav-upload').hidden = !['analyst', 'admin'].includes(session.role);
  const banner = document.getElementById('banner');
  banner.hidden = !session.publicMode;
  banner.textContent = session.publicMode
    ? 'Public view: only corroborated and verified incidents; names of private persons and contact details are redacted.'
    : '';
  if (session.publicMode) return;
  if (session.signedIn) {
    who.append(el('span', { class: 'user' }, `${session.user} · ${session.role}`),
      el('button', { type: 'button', class: 'link', id: 'logout', onclick: logout }, 'Sign out'));
  } else {
    who.append(el('a', { href: '#/login' }, 'Sign in'));
  }
}

async function logout() {
  await api.post('/api/logout', {});
  await refreshSession();
  location.hash = '#/login';
}

async function route() {
  const hash = location.hash || '#/search';
  for (const link of document.querySelectorAll('#nav a')) {
    link.classList.toggle('active', hash.startsWith(`#/${link.dataset.view}`));
  }
  if (!session.signedIn && !session.publicMode && hash !== '#/login') {
    location.hash = '#/login';
    return;
  }
  for (const [pattern, view] of routes) {
    const match = hash.match(pattern);
    if (match) {
      try {
        show(main, el('p', { class: 'muted' }, 'Loading…'));
        const content = await view(match);
        if (location.hash === hash || (!location.hash && hash === '#/search')) show(main, content);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          await refreshSession();
          location.hash = '#/login';
          return;
        }
        show(main, el('div', { class: 'error', role: 'alert' }, error.message || String(error)));
      }
      return;
    }
  }
  show(main, el('div', { class: 'error' }, 'No such page.'));
}

window.addEventListener('hashchange', route);
refreshSession().then(route, (error) => show(main, el('div', { class: 'error' }, error.message)));
