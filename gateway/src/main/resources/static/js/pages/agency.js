// The agency console: drafts and review queue, the publication workflow with privacy findings, the request queue,
// the agency dashboard.
import { h, add, formValues } from '../dom.js';
import { api, qs } from '../api.js';
import { user, isStaff, isEditor, isReviewer, isAdmin } from '../auth.js';
import { agencyNames } from '../data.js';
import { CATEGORIES, PUB_STATUS, FINDING_KIND, FINDING_STATUS, REQ_STATUS, label } from '../labels.js';
import {
  fmtDate, empty, errorBox, field, select, input, textarea, badge, busy, pager, dl, bars,
} from '../ui.js';
import { needSignIn, requestTable } from './account.js';
import { historyTable, attachmentList } from './public.js';

function staffOnly(view, path) {
  if (isStaff()) return true;
  needSignIn(view, path, '机关工作台需要用机关工作人员账号登录。');
  return false;
}

const TABS = [
  ['DRAFT', '草稿'], ['PENDING_REVIEW', '待审核'], ['APPROVED', '待发布'], ['SCHEDULED', '定时发布'], ['PUBLISHED', '已公开'],
];

export async function publications({ view, query }) {
  document.title = '信息发布 - 机关工作台';
  if (!staffOnly(view, '/console')) return;
  const u = user();
  const status = query.get('status') || (isReviewer() && !isEditor() ? 'PENDING_REVIEW' : 'DRAFT');
  const page = Number(query.get('page') || 0);
  const names = await agencyNames();
  add(view, h('h1', null, `信息发布 · ${names[u.agency] || u.agency}`),
    isEditor() ? h('p', null, h('a', { href: '#/console/new', class: 'btn primary', id: 'new-draft' }, '新建信息')) : null,
    h('nav', { class: 'tabs', 'aria-label': '按状态' }, TABS.map(([code, text]) =>
      h('a', { href: `#/console${qs({ status: code })}`, 'aria-current': code === status ? 'page' : null, id: `tab-${code}` }, text))));
  const params = code => (code === 'PUBLISHED' ? { agency: u.agency } : { status: code });
  const r = await api(`/api/catalog/publications${qs({ ...params(status), page, size: 20 })}`);
  if (!r.items.length) {
    add(view, empty(status === 'PENDING_REVIEW' ? '没有待审核的信息。' : '暂无信息。'));
    return;
  }
  add(view, h('table', { class: 'table', id: 'publication-table' },
    h('thead', null, h('tr', null, ['标题', '类别', '索引号', '状态', '时间'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, r.items.map((p) => h('tr', null,
      h('td', null, h('a', { href: `#/console/pub/${encodeURIComponent(p.id)}` }, p.title)),
      h('td', null, p.categoryName || label(CATEGORIES, p.category)), h('td', null, p.indexNumber || '—'),
      h('td', null, label(PUB_STATUS, p.status)), h('td', null, fmtDate(p.publishedAt || p.formedOn)))))),
  pager(page, r.size, r.total, (n) => { location.hash = `/console${qs({ status, page: n })}`; }));
}

export async function newDraft({ view, go }) {
  document.title = '新建信息 - 机关工作台';
  if (!staffOnly(view, '/console/new')) return;
  const u = user();
  const errors = h('div', { id: 'draft-errors' });
  const form = h('form', { id: 'draft-form', novalidate: true },
    field('标题', input('title', { required: true, maxlength: 300, id: 'draft-title' })),
    field('类别', select('category', CATEGORIES, { value: 'WORK_NEWS', required: true })),
    field('文号（选填）', input('documentNumber', { maxlength: 100 }), '例如：市卫发〔2026〕5号'),
    field('主题词（选填，用空格或逗号分隔）', input('subjectTerms')),
    field('形成或变更日期（选填，默认今天）', input('formedOn', { type: 'date' }), '主动公开应在形成或变更之日起 20 个工作日内公开（《条例》第二十六条）。'),
    field('生效日期（选填）', input('effectiveFrom', { type: 'date' })),
    field('正文', textarea('body', { required: true, rows: 12, id: 'draft-body' }), '提交审核时平台会自动检查身份证号、手机号、银行卡号、邮箱和密级标志。'),
    errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn primary', id: 'draft-save' }, '保存草稿')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = formValues(form);
    const created = await busy(form.querySelector('button[type=submit]'), errors, () => api('/api/catalog/publications', {
      method: 'POST',
      body: {
        agencyCode: u.agency, title: v.title, body: v.body, category: v.category, documentNumber: v.documentNumber,
        subjectTerms: v.subjectTerms ? v.subjectTerms.split(/[\s,，、]+/).filter(Boolean) : undefined,
        formedOn: v.formedOn, effectiveFrom: v.effectiveFrom,
      },
    }), '草稿未能保存');
    if (created) go(`/console/pub/${encodeURIComponent(created.id)}`);
  });
  add(view, h('p', { class: 'breadcrumb' }, h('a', { href: '#/console' }, '信息发布'), ' › 新建'),
    h('h1', null, '新建信息'), form);
}

/** The text with each finding of this field marked; offsets are UTF-16 indexes like Java's String. */
function markedText(text, findings, field) {
  const list = (findings || []).filter((f) => f.field === field && f.start >= 0 && f.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const out = [];
  let pos = 0;
  for (const f of list) {
    if (f.start < pos) continue;
    out.push(text.slice(pos, f.start));
    out.push(h('mark', { class: `finding finding-${f.status.toLowerCase()}`, id: `finding-mark-${f.id}`,
      title: `${label(FINDING_KIND, f.kind)}（${label(FINDING_STATUS, f.status)}）` },
    text.slice(f.start, f.end), h('span', { class: 'visually-hidden' }, `（${label(FINDING_KIND, f.kind)}，${label(FINDING_STATUS, f.status)}）`)));
    pos = f.end;
  }
  out.push(text.slice(pos));
  return out;
}

export async function publicationWork({ view, params, rerender }) {
  document.title = '信息审核与发布 - 机关工作台';
  if (!staffOnly(view, `/console/pub/${params.id}`)) return;
  const id = encodeURIComponent(params.id);
  const p = await api(`/api/catalog/publications/${id}`);
  const mineAgency = user().agency === p.agencyCode;
  const post = (path, body) => api(`/api/catalog/publications/${id}${path}`, { method: 'POST', body });
  const findings = p.findings || [];
  const openFindings = findings.filter((f) => f.status === 'OPEN');
  add(view, h('p', { class: 'breadcrumb' }, h('a', { href: `#/console${qs({ status: p.status })}` }, '信息发布'), ' › ', label(PUB_STATUS, p.status)),
    h('h1', null, markedText(p.title, findings, 'title')),
    h('p', { class: 'status-line' }, '状态：', h('strong', { id: 'publication-status' }, label(PUB_STATUS, p.status)),
      p.status === 'SCHEDULED' && p.publishAt ? `（将于 ${fmtDate(p.publishAt)} 发布）` : '',
      p.status === 'PUBLISHED' || p.status === 'REVOKED' ? [' · ', h('a', { href: `#/pub/${id}` }, '查看公开页面')] : null),
    dl([['索引号', p.indexNumber || '（发布时生成）'], ['文号', p.documentNumber || '—'], ['类别', p.categoryName],
      ['形成日期', fmtDate(p.formedOn)], ['应公开期限', fmtDate(p.discloseBy)], ['起草人', p.createdBy || '—'], ['版本', p.version]]));
  if (p.status === 'REVOKED') {
    add(view, h('div', { class: 'alert alert-revoked' }, h('strong', null, '已撤销。'), ' 原因：', p.revocationReason));
  }
  add(view, h('section', { 'aria-labelledby': 'body-h' }, h('h2', { id: 'body-h' }, '正文'),
    h('div', { class: 'doc-body', id: 'work-body' }, markedText(p.body || '', findings, 'body'))));

  const attSlot = h('div');
  if (p.attachments && p.attachments.length) {
    const removable = mineAgency && isEditor() && p.status === 'DRAFT';
    add(view, attachmentList(p, removable ? (a) => h('button', { type: 'button', class: 'link-button', on: { click: async (ev) => {
      const ok = await busy(ev.target, attSlot, () => api(`/api/catalog/publications/${id}/attachments/${encodeURIComponent(a.id)}`, { method: 'DELETE' }), '删除附件未成功');
      if (ok !== undefined) rerender();
    } } }, ` 删除 ${a.filename || ''}`) : null));
  }
  if (mineAgency && isEditor() && p.status === 'DRAFT') {
    const file = h('input', { type: 'file', name: 'file', accept: '.pdf,.docx,.xlsx,.png,.jpg,.jpeg' });
    const upload = h('form', { class: 'inline-form', id: 'attachment-form' },
      field('添加附件（PDF、DOCX、XLSX、PNG、JPEG，不超过 20 MB）', file),
      h('button', { type: 'submit', class: 'btn' }, '上传'));
    upload.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!file.files.length) return;
      const fd = new FormData();
      fd.append('file', file.files[0]);
      const ok = await busy(upload.querySelector('button'), attSlot, () => api(`/api/catalog/publications/${id}/attachments`, { method: 'POST', formData: fd }), '上传未成功');
      if (ok) rerender();
    });
    add(view, upload);
  }
  add(view, attSlot);

  if (findings.length) {
    const canResolve = mineAgency && (isReviewer() || isEditor()) && p.status === 'PENDING_REVIEW';
    add(view, h('section', { 'aria-labelledby': 'find-h', class: 'panel', id: 'findings' },
      h('h2', { id: 'find-h' }, `隐私与保密检查（${openFindings.length} 项待处理）`),
      h('ul', { class: 'findings' }, findings.map((f) => {
        const slot = h('div');
        const reason = input('reason', { required: true, 'aria-label': '处理理由', placeholder: '处理理由（必填）' });
        const act = (action) => async (ev) => {
          if (!reason.value.trim()) { slot.replaceChildren(h('p', { class: 'alert alert-error', role: 'alert' }, '请填写处理理由。')); reason.focus(); return; }
          const ok = await busy(ev.target, slot, () => post(`/findings/${encodeURIComponent(f.id)}`, { action, reason: reason.value.trim() }), '处理未成功');
          if (ok) rerender();
        };
        return h('li', { class: `finding-item finding-${f.status.toLowerCase()}`, id: `finding-${f.id}` },
          h('p', null, h('strong', null, label(FINDING_KIND, f.kind)), ` 位于${f.field === 'title' ? '标题' : '正文'}：`,
            h('code', null, f.excerpt), ' ', badge(label(FINDING_STATUS, f.status), f.status === 'OPEN' ? 'warn' : 'ok')),
          f.reason ? h('p', { class: 'muted' }, `理由：${f.reason}（${f.resolvedBy || ''} ${fmtDate(f.resolvedAt)}）`) : null,
          canResolve && f.status === 'OPEN' ? h('div', { class: 'inline-form' }, reason,
            h('button', { type: 'button', class: 'btn primary', on: { click: act('REDACT') } }, '遮蔽'),
            isReviewer() ? h('button', { type: 'button', class: 'btn', on: { click: act('DISMISS') } }, '忽略（确认可公开）') : null) : null,
          slot);
      }))));
  }

  const actions = h('section', { 'aria-labelledby': 'wf-h', id: 'workflow-actions' }, h('h2', { id: 'wf-h' }, '操作'));
  const slot = h('div', { id: 'workflow-errors' });
  const button = (text, idAttr, run, kind = 'primary') => h('button', { type: 'button', class: `btn ${kind}`, id: idAttr, on: { click: async (ev) => {
    const ok = await busy(ev.target, slot, run, `${text}未成功`);
    if (ok) rerender();
  } } }, text);
  if (mineAgency && isEditor() && p.status === 'DRAFT') {
    add(actions, h('p', null, '提交后平台会进行隐私与保密检查，再由保密审查员审核。'),
      button('提交审核', 'submit-review', () => post('/submit', { version: p.version })));
  }
  if (mineAgency && isReviewer() && p.status === 'PENDING_REVIEW') {
    const comment = textarea('comment', { rows: 2, id: 'review-comment' });
    add(actions, field('审核意见（退回时必填）', comment),
      openFindings.length ? h('p', { class: 'alert alert-warn' }, `还有 ${openFindings.length} 项隐私检查结果待处理，处理完毕后才能批准。`) : null,
      h('div', { class: 'actions' },
        button('批准', 'approve', () => post('/review', { decision: 'APPROVE', comment: comment.value.trim() || undefined, version: p.version })),
        button('退回修改', 'reject', () => post('/review', { decision: 'REJECT', comment: comment.value.trim() || undefined, version: p.version }), '')));
  }
  if (mineAgency && isEditor() && p.status === 'APPROVED') {
    const when = input('publishAt', { type: 'datetime-local', id: 'publish-at' });
    add(actions, h('div', { class: 'actions' }, button('立即发布', 'publish-now', () => post('/publish', { version: p.version }))),
      field('或定时发布', when),
      h('div', { class: 'actions' }, button('定时发布', 'publish-scheduled', () => {
        if (!when.value) return Promise.reject(Object.assign(new Error(), { status: 400, problem: { detail: '请选择发布时间。' } }));
        return post('/publish', { publishAt: new Date(when.value).toISOString(), version: p.version });
      }, '')));
  }
  if (mineAgency && isEditor() && p.status === 'PUBLISHED') {
    add(actions, h('p', null, '修订会生成一份新的草稿，经审核发布后原信息标记为“已被修订替代”。'),
      button('修订（生成新草稿）', 'amend', async () => {
        const draft = await post('/amend', {
          title: p.title, body: p.body, category: p.category, documentNumber: p.documentNumber,
          subjectTerms: p.subjectTerms, effectiveFrom: p.effectiveFrom,
        });
        location.hash = `/console/pub/${encodeURIComponent(draft.id)}`;
        return false; // navigation replaces the page; no re-render
      }, ''));
  }
  if (mineAgency && isAdmin() && p.status === 'PUBLISHED') {
    const reason = textarea('reason', { rows: 2, id: 'revoke-reason' });
    add(actions, field('撤销原因（将公开显示）', reason),
      button('撤销', 'revoke', () => post('/revoke', { reason: reason.value.trim(), version: p.version }), 'danger'));
  }
  add(actions, slot);
  if (actions.childElementCount > 2) add(view, actions);
  add(view, h('section', { 'aria-labelledby': 'hist-h' }, h('h2', { id: 'hist-h' }, '流转记录'), historyTable(p.history)));
}

export async function requestQueue({ view, query }) {
  document.title = '申请办理 - 机关工作台';
  if (!staffOnly(view, '/console/requests')) return;
  const page = Number(query.get('page') || 0);
  const f = { status: query.get('status') || undefined, overdue: query.get('overdue') || undefined };
  const form = h('form', { class: 'inline-form', id: 'queue-filter' },
    field('状态', select('status', REQ_STATUS, { blank: '全部状态', value: f.status || '' })),
    field('逾期', select('overdue', { true: '仅看逾期' }, { blank: '不限', value: f.overdue || '' })),
    h('button', { type: 'submit', class: 'btn' }, '筛选'));
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = `/console/requests${qs(formValues(form))}`; });
  const [r, names] = await Promise.all([api(`/api/requests${qs({ ...f, page, size: 50 })}`), agencyNames()]);
  add(view, h('h1', null, '依申请公开办理'), h('p', null, '按答复期限排序；“即将到期”为 7 天内到期。'), form,
    r.items.length ? requestTable(r.items, names, { staff: true }) : empty('没有符合条件的申请。'),
    pager(page, r.size, r.total, (n) => { location.hash = `/console/requests${qs({ ...f, page: n })}`; }));
}

export function dashboardView(d, names, title) {
  const pct = (x) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
  const p = d.publications || {};
  const r = d.requests || {};
  const work = (items, id) => (items && items.length ? h('table', { class: 'table', id },
    h('thead', null, h('tr', null, ['查询码', '机关', '状态', '答复期限', '逾期工作日'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, items.map((w) => h('tr', null,
      h('td', null, h('a', { href: `#/requests/${encodeURIComponent(w.requestId)}` }, w.trackingCode)),
      h('td', null, names[w.agencyCode] || w.agencyCode), h('td', null, label(REQ_STATUS, w.status)),
      h('td', null, fmtDate(w.dueDate)), h('td', null, w.workingDaysLate > 0 ? String(w.workingDaysLate) : '—'))))) : empty('无'));
  return h('div', { class: 'dashboard' },
    h('h1', null, title),
    h('p', { class: 'muted' }, `数据截至 ${fmtDate(d.generatedAt)}`),
    h('div', { class: 'kpis' },
      kpi('主动公开', p.total ?? 0), kpi('按时公开率', pct(p.timeliness && p.timeliness.rate)),
      kpi('收到申请', r.total ?? 0), kpi('办理中', r.open ?? 0), kpi('按期答复率', pct(r.onTimeRate)),
      kpi('逾期未答复', r.overdueCount ?? 0, (r.overdueCount || 0) > 0 ? 'bad' : ''),
      kpi('答复中位用时', r.medianWorkingDaysToAnswer === null || r.medianWorkingDaysToAnswer === undefined ? '—' : `${r.medianWorkingDaysToAnswer} 个工作日`)),
    h('div', { class: 'grid' },
      bars('主动公开：按类别', Object.entries(p.byCategory || {}).map(([k, v]) => [label(CATEGORIES, k), v])),
      bars('主动公开：按月份', Object.entries(p.byMonth || {}).sort(([a], [b]) => a.localeCompare(b))),
      bars('依申请公开：按状态', Object.entries(r.byStatus || {}).map(([k, v]) => [label(REQ_STATUS, k), v]))),
    h('section', null, h('h2', null, '逾期未答复'), work(r.overdue, 'overdue-table')),
    h('section', null, h('h2', null, '即将到期'), work(r.dueSoon, 'due-soon-table')));
}

function kpi(title, value, kind = '') {
  return h('div', { class: `kpi ${kind}` }, h('span', { class: 'kpi-label' }, title), h('strong', { class: 'kpi-value' }, String(value)));
}

export async function dashboard({ view }) {
  document.title = '本机关统计 - 机关工作台';
  if (!staffOnly(view, '/console/dashboard')) return;
  const u = user();
  const [d, names] = await Promise.all([api(`/api/stats/dashboard${qs({ agency: u.agency })}`), agencyNames()]);
  add(view, dashboardView(d, names, `${names[u.agency] || u.agency} 统计`),
    h('p', null, h('a', { href: `#/reports${qs({ agency: u.agency })}` }, '本机关年度报告')));
}
