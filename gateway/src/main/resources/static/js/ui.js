// Shared page pieces: formatting, loading/empty/error states, form fields.
import { h } from './dom.js';
import { FIELDS } from './labels.js';

export function fmtDate(v) {
  if (!v) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return String(v);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function daysUntil(isoDate) {
  if (!isoDate) return null;
  const t = new Date(`${today()}T00:00:00`);
  const d = new Date(`${isoDate}T00:00:00`);
  return Math.round((d - t) / 86400000);
}

export const loading = (text = '正在加载…') => h('p', { class: 'loading', role: 'status' }, text);
export const empty = (text) => h('p', { class: 'empty' }, text);

const STATUS_TEXT = {
  0: '无法连接服务器',
  400: '提交的内容有误，请按提示修改',
  401: '请先登录（或登录已过期）',
  403: '您的账号无权执行此操作',
  404: '未找到相应记录（或您无权查看）',
  409: '当前状态不允许此操作，或记录已被他人修改，请刷新后重试',
  413: '提交的内容过大',
  415: '提交格式不受支持',
  429: '操作过于频繁，请稍后再试',
  502: '服务暂时不可用，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
};

/** A problem+json error in plain Chinese, with the service's own detail and the field errors. */
export function errorBox(err, context = '操作未成功') {
  const status = err && err.status !== undefined ? err.status : 0;
  const problem = (err && err.problem) || {};
  const box = h('div', { class: 'alert alert-error', role: 'alert' },
    h('p', null, h('strong', null, `${context}：`), STATUS_TEXT[status] || `服务器返回错误（${status}）`));
  if (problem.detail && problem.detail !== problem.title) {
    box.append(h('p', { class: 'detail' }, '详细信息：', problem.detail));
  } else if (!problem.detail && err && err.message && status === 0) {
    box.append(h('p', { class: 'detail' }, err.message));
  }
  if (Array.isArray(problem.errors) && problem.errors.length) {
    box.append(h('ul', { class: 'field-errors' },
      problem.errors.map((e) => h('li', null, `${FIELDS[e.field] || e.field}：${e.message}`))));
  }
  if (problem.requestId) box.append(h('p', { class: 'request-id' }, `请求编号 ${problem.requestId}`));
  return box;
}

let fieldSeq = 0;

/** A labelled control; `control` is an element whose id is set here. */
export function field(labelText, control, hint) {
  const id = control.id || `f${++fieldSeq}`;
  control.id = id;
  const parts = [h('label', { for: id }, labelText)];
  if (hint) {
    const hid = `${id}-hint`;
    control.setAttribute('aria-describedby', hid);
    parts.push(h('p', { class: 'hint', id: hid }, hint));
  }
  parts.push(control);
  return h('div', { class: 'field' }, parts);
}

export function select(name, options, { value, blank, required } = {}) {
  const s = h('select', { name, required: !!required });
  if (blank !== undefined) s.append(h('option', { value: '' }, blank));
  for (const [k, v] of Object.entries(options)) s.append(h('option', { value: k }, v));
  if (value !== undefined) s.value = value;
  return s;
}

export const input = (name, attrs = {}) => h('input', { name, type: 'text', ...attrs });
export const textarea = (name, attrs = {}) => h('textarea', { name, rows: 4, ...attrs });

export function badge(text, kind = '') {
  return h('span', { class: `badge ${kind}` }, text);
}

/** Runs an async action from a button/form, disabling it meanwhile and showing the error in `slot`. */
export async function busy(button, slot, fn, context) {
  if (slot) slot.replaceChildren();
  if (button) button.disabled = true;
  try {
    return await fn();
  } catch (e) {
    if (slot) slot.replaceChildren(errorBox(e, context));
    else console.warn(e);
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

export function pager(page, size, total, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return h('nav', { class: 'pager', 'aria-label': '分页' },
    h('button', { type: 'button', disabled: page <= 0, on: { click: () => go(page - 1) } }, '上一页'),
    h('span', null, `第 ${page + 1} / ${pages} 页，共 ${total} 条`),
    h('button', { type: 'button', disabled: page + 1 >= pages, on: { click: () => go(page + 1) } }, '下一页'));
}

export function dl(pairs) {
  return h('dl', { class: 'meta' }, pairs.filter(Boolean).map(([k, v]) => [h('dt', null, k), h('dd', null, v ?? '—')]));
}

export function bars(title, entries, { format = (v) => String(v) } = {}) {
  const max = Math.max(1, ...entries.map(([, v]) => v));
  return h('figure', { class: 'chart' },
    h('figcaption', null, title),
    entries.length === 0 ? empty('暂无数据')
      : h('table', { class: 'bars' },
        h('tbody', null, entries.map(([k, v]) => h('tr', null,
          h('th', { scope: 'row' }, k),
          h('td', null, h('span', { class: 'bar', style: `width:${Math.round((v / max) * 100)}%` }), ' ', format(v)))))));
}
