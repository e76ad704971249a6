// Safe DOM building: text always goes in as textContent, never as markup. Source material is hostile input.

/** Creates an element; strings and numbers among the children become text nodes. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Only in-app (#…), same-site (/…) and http(s) addresses become links; anything else (javascript:, data:) is inert. */
export function safeHref(value) {
  const text = String(value).trim();
  if (text.startsWith('#') || (text.startsWith('/') && !text.startsWith('//'))) return text;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch (e) {
    // not a URL: fall through
  }
  return '#';
}

/** A link to an external source: opens in a new tab without referrer or opener. */
export function sourceLink(uri) {
  const href = safeHref(uri);
  if (href === '#' || href.startsWith('#') || href.startsWith('/')) return el('span', { class: 'uri' }, uri);
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: 'uri' }, uri);
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function show(main, ...children) {
  clear(main);
  append(main, children);
}

export function table(headers, rows) {
  return el('table', {},
    el('thead', {}, el('tr', {}, headers.map((header) => el('th', {}, header)))),
    el('tbody', {}, rows));
}

export function badge(text, kind = '') {
  return el('span', { class: `badge ${kind}`.trim() }, text);
}

export function dateRange(from, to) {
  if (!from && !to) return '';
  if (from === to || !to) return from;
  return `${from} – ${to}`;
}

export function shortId(id) {
  return String(id).slice(0, 10);
}
