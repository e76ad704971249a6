import { api } from '../api.js';
import { el, table } from '../dom.js';
import { session } from '../app.js';

/** Accounts, API tokens and one's own password. */
export async function adminView() {
  if (session.role !== 'admin') return el('p', {}, 'Only admins manage accounts and tokens.');
  const [users, tokens] = await Promise.all([api.get('/api/users'), api.get('/api/tokens')]);
  const output = el('p', { class: 'notice', id: 'admin-output', role: 'status', hidden: true });
  const say = (text) => { output.textContent = text; output.hidden = false; };

  const name = el('input', { id: 'new-user-name', placeholder: 'name', required: true });
  const role = el('select', { id: 'new-user-role' }, ['viewer', 'analyst', 'admin'].map((value) => el('option', { value }, value)));
  const userForm = el('form', { class: 'inline', id: 'user-form' }, name, role, el('button', { type: 'submit' }, 'Create account'));
  userForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await api.post('/api/users', { name: name.value, role: role.value });
      say(`Account ${created.name} (${created.role}) created. One-time password: ${created.password} — shown only now.`);
    } catch (error) { say(error.message); }
  });

  const owner = el('input', { id: 'token-owner', placeholder: 'owner account', value: session.user });
  const label = el('input', { id: 'token-label', placeholder: 'what it is for' });
  const tokenForm = el('form', { class: 'inline', id: 'token-form' }, owner, label, el('button', { type: 'submit' }, 'Create API token'));
  tokenForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const token = await api.post('/api/tokens', { owner: owner.value, label: label.value });
      say(`Token ${token.id} for ${token.owner}: ${token.secret} — shown only now; send it as "Authorization: Bearer …".`);
    } catch (error) { say(error.message); }
  });

  const current = el('input', { type: 'password', id: 'password-current', placeholder: 'current password', autocomplete: 'current-password' });
  const next = el('input', { type: 'password', id: 'password-new', placeholder: 'new password (12+ characters)', autocomplete: 'new-password' });
  const passwordForm = el('form', { class: 'inline', id: 'password-form' }, current, next, el('button', { type: 'submit' }, 'Change my password'));
  passwordForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api.post('/api/password', { current: current.value, password: next.value });
      say('Password changed.');
    } catch (error) { say(error.message); }
  });

  return el('div', { class: 'admin' }, el('h1', {}, 'Admin'), output,
    el('h2', {}, 'Accounts'), table(['Name', 'Role', 'Created'], users.map((user) => el('tr', {}, el('td', {}, user.name), el('td', {}, user.role), el('td', {}, user.created.slice(0, 10))))), userForm,
    el('h2', {}, 'API tokens'), table(['Id', 'Owner', 'Label', 'Created'], tokens.map((token) => el('tr', {}, el('td', {}, token.id), el('td', {}, token.owner), el('td', {}, token.label), el('td', {}, token.created.slice(0, 10))))), tokenForm,
    el('h2', {}, 'My password'), passwordForm);
}
