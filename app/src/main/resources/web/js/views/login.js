import { api } from '../api.js';
import { el } from '../dom.js';
import { refreshSession, session } from '../app.js';

export async function loginView() {
  if (session.publicMode) return el('p', {}, 'This is the public view; there is nothing to sign in to.');
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const name = el('input', { id: 'login-name', name: 'name', autocomplete: 'username', required: true });
  const password = el('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = el('form', { class: 'login', id: 'login-form' },
    el('h1', {}, 'Sign in'),
    el('label', {}, 'Account', name),
    el('label', {}, 'Password', password),
    el('button', { type: 'submit', id: 'login-submit' }, 'Sign in'),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    try {
      await api.post('/api/login', { name: name.value, password: password.value });
      await refreshSession();
      location.hash = '#/search';
    } catch (error) {
      message.textContent = error.message;
      message.hidden = false;
    }
  });
  return form;
}
