// Tiny DOM helpers. Every API string goes in as a text node; the only markup we ever build from API data is the
// <em> of search highlights, and that is parsed by hand (never innerHTML).

/** h('a', {href: '#/x', class: 'btn', on: {click: fn}}, 'text', child, [more]) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'on') {
        for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
      } else if (k === 'class') {
        el.className = v;
      } else if (k === 'dataset') {
        Object.assign(el.dataset, v);
      } else if (k === 'value') {
        el.value = v;
      } else if (v === true) {
        el.setAttribute(k, '');
      } else {
        el.setAttribute(k, String(v));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** el.append that skips null/undefined/false (DOM append would print "null"). */
export function add(el, ...children) {
  return append(el, children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#x2F;': '/', '&amp;': '&' };

export function unescapeHtml(s) {
  return s.replace(/&(lt|gt|quot|amp|#39|#x27|#x2F);/g, (m) => ENTITIES[m] ?? m);
}

/**
 * Turns the catalogue's highlight (HTML-escaped text whose only tags are <em> and </em>) into nodes.
 * Anything else stays literal text, so a stray tag can never become markup.
 */
export function highlightNodes(escaped) {
  const out = [];
  let inEm = false;
  for (const part of String(escaped).split(/(<em>|<\/em>)/)) {
    if (part === '<em>') { inEm = true; continue; }
    if (part === '</em>') { inEm = false; continue; }
    if (!part) continue;
    const text = unescapeHtml(part);
    out.push(inEm ? h('mark', { class: 'hit' }, text) : document.createTextNode(text));
  }
  return out;
}

/** Reads a form's named controls into a plain object (empty strings become undefined). */
export function formValues(form) {
  const o = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'checkbox') { o[el.name] = el.checked; continue; }
    const v = el.value.trim();
    o[el.name] = v === '' ? undefined : v;
  }
  return o;
}
