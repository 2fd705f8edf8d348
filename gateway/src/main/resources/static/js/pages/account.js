// Sign-in, the citizen's own requests and subscriptions, and the request page shared with agency staff.
import { h, add, formValues } from '../dom.js';
import { api, qs } from '../api.js';
import { user, signIn, isCitizen, isStaff, isEditor, isAdmin, isSupervisor, hasRole } from '../auth.js';
import { agencies, agencyNames } from '../data.js';
import {
  REQ_STATUS, OUTCOMES, ACTORS, DEADLINE_RULES, TIMELINE_ACTIONS, APPLICANT_TYPES, FORMS, DELIVERIES, CATEGORIES, label,
} from '../labels.js';
import {
  fmtDate, empty, errorBox, field, select, input, textarea, badge, busy, pager, dl, daysUntil,
} from '../ui.js';

export function needSignIn(view, path, text = '请先登录。') {
  add(view, h('h1', null, '需要登录'), h('div', { class: 'alert alert-info' }, text, ' ',
    h('a', { href: `#/login?next=${encodeURIComponent(path)}` }, '去登录')));
}

function homeFor(u) {
  if (u.roles.includes('CITY_SUPERVISOR')) return '/office/dashboard';
  if (u.roles.some((r) => r.startsWith('AGENCY_'))) return '/console';
  if (u.roles.includes('CITIZEN')) return '/my/requests';
  return '/';
}

export async function login({ view, query, go }) {
  document.title = '登录 - 政府信息公开平台';
  const errors = h('div', { id: 'login-errors' });
  const form = h('form', { id: 'login-form', class: 'narrow' },
    field('用户名', input('username', { required: true, autocomplete: 'username', id: 'login-username' })),
    field('密码', input('password', { type: 'password', required: true, autocomplete: 'current-password', id: 'login-password' })),
    errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn primary', id: 'login-submit' }, '登录')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = formValues(form);
    const res = await busy(form.querySelector('button'), errors, async () => {
      try {
        return await api('/auth/token', { method: 'POST', form: { username: v.username || '', password: v.password || '' }, anonymous: true });
      } catch (err) {
        if (err.status === 401) err.problem = { ...err.problem, detail: '用户名或密码不正确。' };
        if (err.status === 429) err.problem = { ...err.problem, detail: '登录失败次数过多，账号或地址已暂时锁定，请 15 分钟后再试。' };
        throw err;
      }
    }, '登录失败');
    if (!res) return;
    signIn(res.access_token);
    const next = query.get('next');
    go(next && next !== '/login' ? next : homeFor(user()));
  });
  const u = user();
  add(view, h('h1', null, '登录'),
    u ? h('p', { class: 'alert alert-info' }, `您已以 ${u.name} 的身份登录。`) : null,
    h('p', null, '公众用户登录后可在线申请、查看自己的申请和订阅；机关工作人员登录后进入工作台。'), form);
}

function dueBadge(item) {
  if (!item.dueDate || !['RECEIVED', 'IN_PROGRESS', 'CONSULTING', 'EXTENDED'].includes(item.status)) return null;
  if (item.overdue) return badge('已逾期', 'bad');
  const d = daysUntil(item.dueDate);
  if (d !== null && d <= 7) return badge('即将到期', 'warn');
  return null;
}
export { dueBadge };

export function requestTable(items, names, { staff = false } = {}) {
  return h('table', { class: 'table', id: 'request-table' },
    h('thead', null, h('tr', null, ['查询码', '受理机关', staff ? '申请人类型' : null, '状态', '收到日期', '答复期限', '下一步'].filter(Boolean)
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, items.map((r) => h('tr', { class: r.overdue ? 'row-overdue' : '' },
      h('td', null, h('a', { href: `#/requests/${encodeURIComponent(r.id)}` }, r.trackingCode)),
      h('td', null, names[r.agencyCode] || r.agencyCode),
      staff ? h('td', null, label(APPLICANT_TYPES, r.applicantType)) : null,
      h('td', null, label(REQ_STATUS, r.status), r.outcome ? [h('br'), h('span', { class: 'muted' }, label(OUTCOMES, r.outcome))] : null),
      h('td', null, fmtDate(r.receivedOn)),
      h('td', null, fmtDate(r.dueDate), r.dueDateProvisional ? '（暂定）' : '', ' ', dueBadge(r)),
      h('td', null, label(ACTORS, r.nextActor))))));
}

export async function myRequests({ view, query }) {
  document.title = '我的申请 - 政府信息公开平台';
  if (!isCitizen()) { needSignIn(view, '/my/requests', '查看自己的申请需要用公众用户账号登录。'); return; }
  const page = Number(query.get('page') || 0);
  const [r, names] = await Promise.all([api(`/api/requests${qs({ page, size: 20 })}`), agencyNames()]);
  add(view, h('h1', null, '我的申请'),
    h('p', null, h('a', { href: '#/apply', class: 'btn primary' }, '提交新申请')),
    r.items.length ? requestTable(r.items, names) : empty('您还没有提交过申请。'),
    pager(page, r.size, r.total, (p) => { location.hash = `/my/requests${qs({ page: p })}`; }));
}

function deadlineSection(d) {
  if (!d) return null;
  return h('section', { class: 'panel', 'aria-labelledby': 'dl-h', id: 'deadline-explanation' },
    h('h2', { id: 'dl-h' }, '答复期限是怎样计算的'),
    dl([['起算日', `${fmtDate(d.trigger)}${d.triggerRule ? `（${d.triggerRule}）` : ''}`],
      ['答复期限', `${fmtDate(d.dueDate)}${d.provisional ? '（节假日安排尚未公布，暂按周末推算）' : ''}`],
      ['计入的工作日', `${d.countedWorkingDays} 个`],
      d.workingDaysLeft !== null && d.workingDaysLeft !== undefined
        ? ['剩余工作日', d.workingDaysLeft < 0 ? `已逾期 ${-d.workingDaysLeft} 个工作日` : `${d.workingDaysLeft} 个`] : null,
      d.correctionNoticeLatest ? ['补正告知最迟', fmtDate(d.correctionNoticeLatest)] : null]),
    d.steps && d.steps.length ? h('ol', { class: 'steps' }, d.steps.map((s) => h('li', null,
      h('strong', null, label(DEADLINE_RULES, s.rule)), s.article ? `（${s.article}）` : '', '：',
      `${fmtDate(s.from)} 之后 ${s.workingDays} 个工作日 → ${fmtDate(s.to)}。`,
      s.explanation ? [' ', s.explanation] : '',
      s.holidaysMet && s.holidaysMet.length ? h('span', { class: 'muted' }, ` 跳过节假日：${s.holidaysMet.map((x) => x.name || x.date || JSON.stringify(x)).join('、')}。`) : '',
      s.makeUpDaysCounted && s.makeUpDaysCounted.length ? h('span', { class: 'muted' }, ` 计入调休上班日：${s.makeUpDaysCounted.join('、')}。`) : ''))) : null);
}

function actionForm(title, id, controls, submitText, run, after) {
  const errors = h('div');
  const form = h('form', { class: 'action-form', id }, controls, errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn primary' }, submitText)));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const ok = await busy(form.querySelector('button[type=submit]'), errors, () => run(formValues(form)), `${title}未成功`);
    if (ok !== undefined) after(ok);
  });
  return h('details', { class: 'action' }, h('summary', null, title), form);
}

export async function requestDetail({ view, params, rerender }) {
  document.title = '申请详情 - 政府信息公开平台';
  if (!user()) { needSignIn(view, `/requests/${params.id}`); return; }
  const id = encodeURIComponent(params.id);
  const [r, names] = await Promise.all([api(`/api/requests/${id}`), agencyNames()]);
  const d = await api(`/api/requests/${id}/deadline`).catch(() => null);
  const open = ['RECEIVED', 'CORRECTION_REQUESTED', 'IN_PROGRESS', 'CONSULTING', 'EXTENDED'].includes(r.status);
  const post = (path, body) => api(`/api/requests/${id}${path}`, { method: 'POST', body });
  const done = () => rerender();
  const a = r.applicant || {};
  add(view, 
    h('p', { class: 'breadcrumb' }, isStaff() ? h('a', { href: '#/console/requests' }, '申请办理') : h('a', { href: '#/my/requests' }, '我的申请'), ' › ', r.trackingCode),
    h('h1', null, `申请 ${r.trackingCode}`),
    h('div', { class: `status-line ${r.overdue ? 'bad' : ''}` },
      h('span', { id: 'request-status' }, label(REQ_STATUS, r.status)), ' ', r.overdue ? badge('已逾期', 'bad') : null,
      r.nextActor && r.nextActor.actor && r.nextActor.actor !== 'NONE'
        ? h('span', { class: 'next-actor' }, ` 下一步：${label(ACTORS, r.nextActor.actor)}`,
          r.nextActor.actBy ? `，须在 ${fmtDate(r.nextActor.actBy)} 前办理` : '',
          r.nextActor.workingDaysLeft !== null && r.nextActor.workingDaysLeft !== undefined
            ? `（${r.nextActor.workingDaysLeft < 0 ? `已超过 ${-r.nextActor.workingDaysLeft}` : `剩余 ${r.nextActor.workingDaysLeft}`} 个工作日）` : '')
        : null),
    dl([['受理机关', names[r.agencyCode] || r.agencyCode], ['收到申请日期', fmtDate(r.receivedOn)],
      ['答复期限', `${fmtDate(r.dueDate)}${r.dueDateProvisional ? '（暂定）' : ''}`],
      ['申请人', `${a.name || '—'}（${label(APPLICANT_TYPES, r.applicantType)}）`],
      a.idNumber ? ['证件号码', a.idNumber] : null, a.phone ? ['联系电话', a.phone] : null,
      a.email ? ['电子邮箱', a.email] : null,
      ['获取形式与方式', `${label(FORMS, r.form)}，${label(DELIVERIES, r.delivery)}`]]),
    h('section', { class: 'panel' }, h('h2', null, '申请内容'), h('p', { class: 'pre' }, r.description),
      r.purpose ? h('p', { class: 'muted' }, '用途：', r.purpose) : null));
  if (r.correction) {
    add(view, h('section', { class: 'panel' }, h('h2', null, '补正通知'),
      dl([['需补正的事项', r.correction.matters], ['通知日期', fmtDate(r.correction.requestedOn)], ['补正期限', fmtDate(r.correction.dueOn)]])));
  }
  if (r.response) {
    const resp = r.response;
    add(view, h('section', { class: 'panel', id: 'response' }, h('h2', null, '答复'),
      dl([['答复结果', h('strong', null, label(OUTCOMES, resp.outcome))], ['答复日期', fmtDate(resp.respondedOn || r.respondedOn)],
        ['理由', resp.reason], ['法律依据', resp.legalBasis],
        resp.holdingAgency ? ['掌握该信息的机关', resp.holdingAgency] : null,
        resp.withheldParts && resp.withheldParts.length ? ['不予公开的部分', resp.withheldParts.map((w) => `${w.part}（${w.reason}）`).join('；')] : null,
        resp.attachments && resp.attachments.length ? ['附件', resp.attachments.join('、')] : null])));
  }
  add(view, deadlineSection(d));

  // what this caller may do next
  const actions = h('section', { 'aria-labelledby': 'act-h', id: 'request-actions' }, h('h2', { id: 'act-h' }, '办理操作'));
  const mine = isCitizen() && r.applicantAccount === user().name;
  if (mine && r.status === 'CORRECTION_REQUESTED') {
    add(actions, actionForm('提交补正', 'correction-form',
      [field('补正后的申请内容', textarea('description', { required: true }))], '提交补正',
      (v) => post('/corrections', { description: v.description }), done));
  }
  if (mine && open) {
    add(actions, actionForm('撤回申请', 'withdraw-form',
      [field('撤回原因（选填）', input('reason'))], '确认撤回', (v) => post('/withdrawal', { reason: v.reason }), done));
  }
  const staffOfAgency = isEditor() && user().agency === r.agencyCode;
  if (staffOfAgency && r.status === 'RECEIVED' && !r.correction) {
    add(actions, actionForm('告知补正（只可一次）', 'correction-request-form',
      [field('需要补正的事项', textarea('matters', { required: true })),
        field('补正期限（工作日，选填）', input('correctionWorkingDays', { type: 'number', min: 1, max: 30 }))],
      '发出补正通知', (v) => post('/correction-requests', {
        matters: v.matters, correctionWorkingDays: v.correctionWorkingDays ? Number(v.correctionWorkingDays) : undefined,
      }), done));
  }
  if (staffOfAgency && ['RECEIVED', 'IN_PROGRESS', 'EXTENDED'].includes(r.status)) {
    add(actions, actionForm('征求第三方意见', 'consultation-form',
      [field('第三方', input('thirdParty', { required: true })), field('征求意见的事项', textarea('matter', { required: true })),
        field('发出日期（选填）', input('sentOn', { type: 'date' }))],
      '发出征求意见函', (v) => post('/consultations', v), done));
  }
  if (staffOfAgency) {
    for (const c of (r.consultations || []).filter((x) => !x.repliedOn)) {
      add(actions, actionForm(`登记第三方（${c.thirdParty}）答复`, `consultation-reply-${c.id}`,
        [field('答复日期', input('repliedOn', { type: 'date' })), field('答复摘要', textarea('summary', { required: true })),
          field('第三方意见', select('consent', { true: '同意公开', false: '不同意公开' }))],
        '登记答复', (v) => post(`/consultations/${encodeURIComponent(c.id)}/reply`,
          { repliedOn: v.repliedOn, summary: v.summary, consent: v.consent === 'true' }), done));
    }
  }
  if (isAdmin() && user().agency === r.agencyCode && ['RECEIVED', 'IN_PROGRESS', 'CONSULTING'].includes(r.status) && !r.extension) {
    add(actions, actionForm('延长答复期限（只可一次）', 'extension-form',
      [field('延长的工作日数（1–20）', input('workingDays', { type: 'number', min: 1, max: 20, required: true, value: 20 })),
        field('延长理由', textarea('reason', { required: true }))],
      '批准延期', (v) => post('/extensions', { workingDays: Number(v.workingDays), reason: v.reason }), done));
  }
  if (staffOfAgency && ['RECEIVED', 'IN_PROGRESS', 'CONSULTING', 'EXTENDED'].includes(r.status)) {
    const outcome = select('outcome', OUTCOMES, { required: true, value: 'GRANTED' });
    const withheld = field('不予公开的部分及理由（部分公开时必填，每行“部分：理由”）', textarea('withheld', { rows: 3 }));
    const holding = field('掌握该信息的机关（本机关不掌握时填写，选填）', input('holdingAgency'));
    add(actions, actionForm('作出答复', 'response-form',
      [field('答复结果', outcome), field('答复理由', textarea('reason', { required: true })),
        field('法律依据', input('legalBasis', { required: true, value: '《中华人民共和国政府信息公开条例》第三十六条' })),
        withheld, holding, field('附件名称（选填，多个用逗号分隔）', input('attachments'))],
      '发出答复', (v) => post('/response', {
        outcome: v.outcome, reason: v.reason, legalBasis: v.legalBasis, holdingAgency: v.holdingAgency,
        attachments: v.attachments ? v.attachments.split(/[,，]/).map((s) => s.trim()).filter(Boolean) : [],
        withheldParts: v.withheld ? v.withheld.split('\n').filter((l) => l.trim()).map((l) => {
          const [part, ...why] = l.split(/[:：]/);
          return { part: part.trim(), reason: why.join('：').trim() || '依法不予公开' };
        }) : undefined,
      }), done));
  }
  if (staffOfAgency && ['RESPONDED', 'CLOSED'].includes(r.status)) {
    add(actions, actionForm('登记行政复议或诉讼', 'appeal-form',
      [field('类型', select('kind', { RECONSIDERATION: '行政复议', LITIGATION_DIRECT: '未经复议直接起诉', LITIGATION_AFTER_RECONSIDERATION: '复议后起诉' })),
        field('提起日期', input('filedOn', { type: 'date' })),
        field('结果', select('result', { PENDING: '尚未审结', UPHELD: '维持', CORRECTED: '纠错', OTHER: '其他结果' }))],
      '登记', (v) => post('/appeals', v), done));
    for (const ap of (r.appeals || []).filter((x) => !x.result || x.result === 'PENDING')) {
      add(actions, actionForm(`登记复议或诉讼结果（${fmtDate(ap.filedOn)}）`, `appeal-result-${ap.id}`,
        [field('结果', select('result', { UPHELD: '维持', CORRECTED: '纠错', OTHER: '其他结果' }))],
        '登记结果', (v) => post(`/appeals/${encodeURIComponent(ap.id)}/result`, { result: v.result }), done));
    }
  }
  if (actions.childElementCount > 1) add(view, actions);
  else if (isSupervisor() || hasRole('AGENCY_REVIEWER')) add(view, h('p', { class: 'muted' }, '当前没有您可以办理的操作。'));

  add(view, h('section', { 'aria-labelledby': 'tl-h' }, h('h2', { id: 'tl-h' }, '办理记录'),
    r.timeline && r.timeline.length ? h('ol', { class: 'timeline', id: 'timeline' }, r.timeline.map((t) => h('li', null,
      h('time', { datetime: t.at }, fmtDate(t.at)), ' ', h('strong', null, label(TIMELINE_ACTIONS, t.action)),
      t.actor ? h('span', { class: 'muted' }, `（${t.actor}）`) : '',
      t.status ? ` → ${label(REQ_STATUS, t.status)}` : '', t.detail ? [h('br'), h('span', { class: 'muted' }, t.detail)] : ''))) : empty('暂无记录。')));
}

const EVENT_TYPES = {
  'publication.published': '新公开的信息', 'publication.amended': '信息修订', 'publication.revoked': '信息撤销',
  'request.received': '申请已受理', 'request.correction-requested': '需要补正', 'request.extended': '答复期限延长',
  'request.responded': '申请已答复',
};
const SUB_STATUS = { PENDING_CONFIRMATION: '待邮件确认', ACTIVE: '有效', DISABLED: '已停用' };

export async function subscriptions({ view, rerender }) {
  document.title = '我的订阅 - 政府信息公开平台';
  if (!user()) { needSignIn(view, '/my/subscriptions', '管理订阅需要先登录。'); return; }
  const [subs, list] = await Promise.all([api('/api/notifications/subscriptions'), agencies()]);
  const names = Object.fromEntries(list.map((x) => [x.code, x.name]));
  const errors = h('div');
  const result = h('div', { 'aria-live': 'polite' });
  const checks = (name, options) => h('div', { class: 'checks' }, Object.entries(options).map(([k, v]) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: `${name}:${k}` }), ' ', v)));
  const form = h('form', { id: 'subscription-form' },
    field('通知方式', select('channel', { EMAIL: '电子邮件', WEBHOOK: 'Webhook（系统对接）' }, { value: 'EMAIL' })),
    field('接收地址（邮箱或 https 网址）', input('target', { required: true })),
    h('fieldset', null, h('legend', null, '机关（不选为全部）'), checks('agency', names)),
    h('fieldset', null, h('legend', null, '类别（不选为全部）'), checks('category', CATEGORIES)),
    h('fieldset', null, h('legend', null, '事件（不选为全部）'), checks('event', EVENT_TYPES)),
    errors, h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn primary' }, '订阅')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = formValues(form);
    const pick = (prefix) => Object.entries(v).filter(([k, on]) => k.startsWith(`${prefix}:`) && on === true).map(([k]) => k.slice(prefix.length + 1));
    const created = await busy(form.querySelector('button[type=submit]'), errors, () => api('/api/notifications/subscriptions', {
      method: 'POST',
      body: { channel: v.channel, target: v.target, filter: { agencies: pick('agency'), categories: pick('category'), eventTypes: pick('event') } },
    }), '订阅未成功');
    if (!created) return;
    if (created.secret) {
      result.replaceChildren(h('div', { class: 'alert alert-success' }, 'Webhook 已创建。签名密钥只显示这一次，请立即保存：',
        h('code', { class: 'code' }, created.secret), ' ', h('button', { type: 'button', class: 'btn', on: { click: rerender } }, '我已保存')));
    } else {
      rerender();
    }
  });
  const describe = (f) => {
    if (!f) return '全部';
    const parts = [];
    if (f.agencies && f.agencies.length) parts.push(f.agencies.map((c) => names[c] || c).join('、'));
    if (f.categories && f.categories.length) parts.push(f.categories.map((c) => label(CATEGORIES, c)).join('、'));
    if (f.eventTypes && f.eventTypes.length) parts.push(f.eventTypes.map((t) => EVENT_TYPES[t.replace('gov.disclosure.', '')] || t).join('、'));
    return parts.join('；') || '全部';
  };
  add(view, h('h1', null, '我的订阅'),
    h('p', null, '订阅后，符合条件的新公开信息和您申请的办理进展会发送到您的邮箱或系统。邮件订阅需点击确认邮件中的链接后生效。'),
    subs.length ? h('table', { class: 'table', id: 'subscription-table' },
      h('thead', null, h('tr', null, ['方式', '接收地址', '范围', '状态', '操作'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, subs.map((s) => {
        const slot = h('div');
        return h('tr', null, h('td', null, s.channel === 'EMAIL' ? '电子邮件' : 'Webhook'), h('td', null, s.target),
          h('td', null, describe(s.filter)), h('td', null, SUB_STATUS[s.status] || s.status, s.disabledReason ? `（${s.disabledReason}）` : ''),
          h('td', null, h('button', { type: 'button', class: 'btn danger', on: { click: async (ev) => {
            const ok = await busy(ev.target, slot, () => api(`/api/notifications/subscriptions/${encodeURIComponent(s.id)}`, { method: 'DELETE' }), '删除未成功');
            if (ok !== undefined) rerender();
          } } }, '删除'), slot));
      }))) : h('p', { class: 'empty' }, '您还没有订阅。'),
    h('section', { class: 'panel' }, h('h2', null, '新建订阅'), form, result));
}
