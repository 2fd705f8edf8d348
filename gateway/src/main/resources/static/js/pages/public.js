// Public pages: home, catalogue search, publication, disclosure guides, request form, tracking, annual reports.
import { h, add, highlightNodes, formValues } from '../dom.js';
import { api, qs } from '../api.js';
import { user, isCitizen } from '../auth.js';
import { agencies, agencyNames, newKey } from '../data.js';
import {
  CATEGORIES, PUB_STATUS, VALIDITY, FINDING_KIND, REQ_STATUS, APPLICANT_TYPES, ID_TYPES, FORMS, DELIVERIES, label,
} from '../labels.js';
import {
  fmtDate, loading, empty, errorBox, field, select, input, textarea, badge, busy, pager, dl,
} from '../ui.js';

const VALID_KIND = { VALID: 'ok', AMENDED: 'warn', REPEALED: 'bad', EXPIRED: 'bad' };

/** One catalogue hit: title link, metadata line, highlighted excerpt (only <em> from the API becomes markup). */
export function resultItem(item, names) {
  const excerpt = item.highlight ? highlightNodes(item.highlight) : [item.snippet || ''];
  return h('li', { class: 'result' },
    h('h3', { class: 'result-title' }, h('a', { href: `#/pub/${encodeURIComponent(item.id)}` }, item.title)),
    h('p', { class: 'result-meta' },
      names[item.agencyCode] || item.agencyCode, ' · ', item.categoryName || label(CATEGORIES, item.category),
      ' · 索引号 ', item.indexNumber || '—',
      item.documentNumber ? [' · ', item.documentNumber] : null,
      ' · ', fmtDate(item.publishedAt),
      ' ', item.status === 'REVOKED' ? badge('已撤销', 'bad')
        : item.status === 'SUPERSEDED' ? badge('已被修订', 'warn')
          : item.validity && item.validity !== 'VALID' ? badge(label(VALIDITY, item.validity), VALID_KIND[item.validity]) : null),
    h('p', { class: 'result-excerpt' }, excerpt),
    item.status === 'REVOKED' && item.revocationReason
      ? h('p', { class: 'revoked-note' }, '撤销原因：', item.revocationReason) : null);
}

export async function home({ view }) {
  document.title = '首页 - 政府信息公开平台';
  const [list, names, latest] = await Promise.all([
    agencies(), agencyNames(), api(`/api/catalog/publications${qs({ size: 8 })}`)]);
  const perAgency = await Promise.all(list.map((a) =>
    api(`/api/catalog/publications${qs({ agency: a.code, size: 3 })}`).then((r) => [a, r]).catch(() => [a, null])));
  const searchForm = h('form', { class: 'search-hero', role: 'search', action: '#/search' },
    h('label', { for: 'home-q', class: 'visually-hidden' }, '搜索政府信息'),
    h('input', { id: 'home-q', name: 'q', type: 'search', placeholder: '输入关键词，如：招生、预算、灾后重建' }),
    h('button', { type: 'submit', class: 'btn primary' }, '搜索'));
  searchForm.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `/search${qs({ q: searchForm.elements.q.value.trim() })}`;
  });
  add(view, 
    h('h1', null, '政府信息公开'),
    h('p', { class: 'lead' }, '查阅本市各级行政机关主动公开的政府信息，依法申请公开，并随时查询办理进度。'),
    searchForm,
    h('div', { class: 'quick-links' },
      h('a', { class: 'card-link', href: '#/apply' }, h('strong', null, '申请公开'), h('span', null, '在线提交政府信息公开申请')),
      h('a', { class: 'card-link', href: '#/track' }, h('strong', null, '申请查询'), h('span', null, '凭查询码和验证码查看办理进度')),
      h('a', { class: 'card-link', href: '#/guides' }, h('strong', null, '公开指南'), h('span', null, '各机关的申请渠道、地址和办公时间')),
      h('a', { class: 'card-link', href: '#/reports' }, h('strong', null, '年度报告'), h('span', null, '政府信息公开工作年度报告'))),
    h('section', { 'aria-labelledby': 'latest-h' },
      h('h2', { id: 'latest-h' }, '最新公开'),
      latest.items.length ? h('ol', { class: 'results' }, latest.items.map((i) => resultItem(i, names)))
        : empty('暂无已公开的信息。')),
    h('section', { 'aria-labelledby': 'by-agency-h' },
      h('h2', { id: 'by-agency-h' }, '按机关浏览'),
      h('div', { class: 'grid' }, perAgency.map(([a, r]) => h('section', { class: 'panel' },
        h('h3', null, h('a', { href: `#/search${qs({ agency: a.code })}` }, a.name)),
        !r ? empty('暂时无法加载。') : r.items.length === 0 ? empty('暂无公开信息。')
          : h('ul', { class: 'compact' }, r.items.map((i) => h('li', null,
            h('a', { href: `#/pub/${encodeURIComponent(i.id)}` }, i.title), ' ',
            h('span', { class: 'muted' }, fmtDate(i.publishedAt).slice(0, 10))))),
        h('p', { class: 'panel-foot' }, h('a', { href: `#/guide/${encodeURIComponent(a.code)}` }, '公开指南')))))),
    h('section', { 'aria-labelledby': 'by-cat-h' },
      h('h2', { id: 'by-cat-h' }, '按类别浏览'),
      h('ul', { class: 'tags' }, Object.entries(CATEGORIES).map(([code, name]) =>
        h('li', null, h('a', { href: `#/search${qs({ category: code })}` }, name))))));
}

export async function search({ view, query }) {
  document.title = '信息公开目录 - 政府信息公开平台';
  const list = await agencies();
  const names = Object.fromEntries(list.map((a) => [a.code, a.name]));
  const q = Object.fromEntries(['q', 'agency', 'category', 'validity', 'year', 'from', 'to']
    .map((k) => [k, query.get(k) || undefined]));
  const page = Number(query.get('page') || 0);
  const form = h('form', { class: 'filters', role: 'search', id: 'search-form' },
    field('关键词（简体或繁体均可）', input('q', { type: 'search', value: q.q, id: 'search-q' })),
    field('发布机关', select('agency', Object.fromEntries(list.map((a) => [a.code, a.name])), { blank: '全部机关', value: q.agency || '' })),
    field('类别', select('category', CATEGORIES, { blank: '全部类别', value: q.category || '' })),
    field('有效性', select('validity', VALIDITY, { blank: '不限', value: q.validity || '' })),
    field('年份', input('year', { type: 'number', min: 2000, max: 2100, value: q.year, inputmode: 'numeric' })),
    field('发布日期自', input('from', { type: 'date', value: q.from })),
    field('至', input('to', { type: 'date', value: q.to })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn primary' }, '检索'),
      h('a', { href: '#/search', class: 'btn' }, '清空条件')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `/search${qs(formValues(form))}`;
  });
  const results = h('section', { 'aria-labelledby': 'results-h', id: 'search-results' });
  add(view, h('h1', null, '政府信息公开目录'), form, results);
  try {
    const r = await api(`/api/catalog/publications${qs({ ...q, page, size: 20 })}`);
    add(results, h('h2', { id: 'results-h', 'aria-live': 'polite' },
      q.q ? `“${q.q}”的检索结果：共 ${r.total} 条` : `共 ${r.total} 条`));
    if (!r.items.length) {
      add(results, empty('没有找到符合条件的信息。可以换个关键词，或依法'), h('p', null, h('a', { href: '#/apply' }, '申请政府信息公开')));
    } else {
      add(results, h('ol', { class: 'results' }, r.items.map((i) => resultItem(i, names))));
      add(results, pager(page, r.size, r.total, (p) => { location.hash = `/search${qs({ ...q, page: p })}`; }));
    }
  } catch (e) {
    add(results, h('h2', { id: 'results-h' }, '检索结果'), errorBox(e, '检索失败'));
  }
}

export function publicationBody(p) {
  return h('div', { class: 'doc-body', id: 'doc-body' }, p.body);
}

export function historyTable(history) {
  if (!history || !history.length) return empty('暂无记录。');
  return h('table', { class: 'table' },
    h('thead', null, h('tr', null, ['时间', '操作人', '状态变化', '说明'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, history.map((e) => h('tr', null,
      h('td', null, fmtDate(e.at)), h('td', null, e.by || '—'),
      h('td', null, `${e.from ? label(PUB_STATUS, e.from) : '新建'} → ${label(PUB_STATUS, e.to)}`),
      h('td', null, e.comment || '')))));
}

export function fileSize(n) {
  if (!n && n !== 0) return '';
  return n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(0)} KB` : `${(n / 1048576).toFixed(1)} MB`;
}

export function attachmentList(p, extra) {
  return h('section', { 'aria-labelledby': 'att-h', id: 'attachments' }, h('h2', { id: 'att-h' }, '附件'),
    h('ul', { class: 'link-list' }, p.attachments.map((a) => h('li', null,
      h('a', { href: `/api/catalog/publications/${encodeURIComponent(p.id)}/attachments/${encodeURIComponent(a.id)}`, download: a.filename || '' },
        a.filename || a.id), ' ', h('span', { class: 'muted' }, [a.type, fileSize(a.size)].filter(Boolean).join('，')),
      extra ? extra(a) : null))));
}

export async function publication({ view, params }) {
  const [p, names] = await Promise.all([
    api(`/api/catalog/publications/${encodeURIComponent(params.id)}`), agencyNames()]);
  document.title = `${p.title} - 政府信息公开平台`;
  if (p.status === 'REVOKED') {
    add(view, h('div', { class: 'alert alert-revoked', role: 'note', id: 'revoked-banner' },
      h('strong', null, '本信息已撤销。'), ' 撤销原因：', p.revocationReason || '未说明'));
  }
  if (p.status === 'SUPERSEDED' && p.supersededBy) {
    add(view, h('div', { class: 'alert alert-warn', role: 'note' }, '本信息已被修订，',
      h('a', { href: `#/pub/${encodeURIComponent(p.supersededBy)}` }, '查看修订后的版本'), '。'));
  }
  add(view, 
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/search' }, '信息公开目录'), ' › ', names[p.agencyCode] || p.agencyCode),
    h('h1', null, p.title),
    dl([
      ['索引号', p.indexNumber], ['文号', p.documentNumber || '—'], ['发布机关', names[p.agencyCode] || p.agencyCode],
      ['类别', p.categoryName || label(CATEGORIES, p.category)], ['形成日期', fmtDate(p.formedOn)],
      ['生效日期', fmtDate(p.effectiveFrom)], ['公开日期', fmtDate(p.publishedAt)],
      ['有效性', label(VALIDITY, p.validity)], ['状态', label(PUB_STATUS, p.status)],
      p.subjectTerms && p.subjectTerms.length ? ['主题词', p.subjectTerms.join('、')] : null,
      p.supersedes ? ['修订自', h('a', { href: `#/pub/${encodeURIComponent(p.supersedes)}` }, '原版本')] : null,
    ]),
    h('section', { 'aria-labelledby': 'body-h' }, h('h2', { id: 'body-h', class: 'visually-hidden' }, '正文'), publicationBody(p)));
  if (p.attachments && p.attachments.length) add(view, attachmentList(p));
  if (p.redactions && p.redactions.length) {
    add(view, h('section', { 'aria-labelledby': 'red-h', class: 'panel', id: 'redaction-notes' },
      h('h2', { id: 'red-h' }, '处理说明'),
      h('p', null, '依据《政府信息公开条例》第三十七条，本信息中涉及个人隐私等不宜公开的内容已作区分处理：'),
      h('ul', null, p.redactions.map((r) => h('li', null,
        `${r.field === 'title' ? '标题' : '正文'}中的${label(FINDING_KIND, r.kind)}已遮蔽`,
        r.reason ? `（${r.reason}）` : '')))));
  }
  add(view, h('section', { 'aria-labelledby': 'hist-h' }, h('h2', { id: 'hist-h' }, '公开记录'), historyTable(p.history)));
}

export async function guides({ view }) {
  document.title = '公开指南 - 政府信息公开平台';
  const list = await agencies();
  const levels = { CITY: '市级部门', DISTRICT: '区县政府', TOWNSHIP: '乡镇（街道）' };
  add(view, h('h1', null, '政府信息公开指南'),
    h('p', null, '各机关的公开指南说明申请方式、受理地址、办公时间和联系方式。'),
    h('ul', { class: 'link-list' }, list.map((a) => h('li', null,
      h('a', { href: `#/guide/${encodeURIComponent(a.code)}` }, a.name), ' ', h('span', { class: 'muted' }, levels[a.level] || '')))));
}

export async function guide({ view, params }) {
  const names = await agencyNames();
  const name = names[params.code] || params.code;
  document.title = `${name}公开指南 - 政府信息公开平台`;
  add(view, h('p', { class: 'breadcrumb' }, h('a', { href: '#/guides' }, '公开指南'), ' › ', name),
    h('h1', null, `${name}政府信息公开指南`));
  let g;
  try {
    g = await api(`/api/catalog/agencies/${encodeURIComponent(params.code)}/guide`);
  } catch (e) {
    if (e.status === 404) { add(view, empty('该机关尚未发布公开指南，请通过电话或现场咨询。')); return; }
    throw e;
  }
  const c = g.content || {};
  add(view, 
    h('section', { class: 'panel' }, h('h2', null, '如何申请'), h('p', { class: 'pre' }, c.howToApply)),
    dl([['受理地点', c.officeAddress], ['办公时间', c.officeHours], ['咨询电话', c.phone], ['电子邮箱', c.email],
      ['邮寄地址', c.postalAddress || '—'], ['在线申请', h('a', { href: `#/apply${qs({ agency: params.code })}` }, '通过本平台在线申请')]]),
    h('p', { class: 'muted' }, `更新于 ${fmtDate(g.updatedAt)}`),
    h('p', null, h('a', { href: `#/search${qs({ agency: params.code })}` }, `查看${name}已公开的信息`)));
}

const PROCEDURE = [
  '先在目录中查找：已经主动公开的信息可直接查阅，无需申请。',
  '在线提交申请后即视为收到申请（《条例》第三十一条），平台给出查询码和验证码，请妥善保存。',
  '行政机关自收到申请之日起 20 个工作日内答复（第三十三条）；收到申请当日不计入，节假日按国务院公布的安排顺延。',
  '申请内容不明确的，机关会在 7 个工作日内一次性告知补正，补正后重新计算期限（第三十条）；征求第三方意见的时间不计入期限（第三十二条）。',
  '需要延长的，经机关负责人同意可延长，最长不超过 20 个工作日（第三十三条）。',
];

export async function apply({ view, query }) {
  document.title = '申请公开 - 政府信息公开平台';
  const list = await agencies();
  add(view, h('h1', null, '申请政府信息公开'),
    h('section', { class: 'panel', 'aria-labelledby': 'proc-h' }, h('h2', { id: 'proc-h' }, '办理程序与期限'),
      h('ol', null, PROCEDURE.map((t) => h('li', null, t)))));

  // Step 1: search the catalogue first — what is already public needs no application (Art. 36 ¶1).
  const lookupResults = h('div', { id: 'lookup-results', 'aria-live': 'polite' });
  const lookup = h('form', { class: 'inline-form', role: 'search', id: 'lookup-form' },
    field('您需要什么信息？先输入关键词查找已公开的信息', input('q', { type: 'search', id: 'lookup-q', required: true })),
    h('button', { type: 'submit', class: 'btn' }, '查找已公开信息'));
  lookup.addEventListener('submit', async (e) => {
    e.preventDefault();
    const q = lookup.elements.q.value.trim();
    const names = Object.fromEntries(list.map((a) => [a.code, a.name]));
    lookupResults.replaceChildren(loading('正在查找…'));
    try {
      const r = await api(`/api/catalog/publications${qs({ q, size: 5 })}`);
      lookupResults.replaceChildren(r.items.length
        ? h('div', null, h('p', null, `找到 ${r.total} 条已公开的相关信息，请先查阅；如仍需申请，请继续填写下方申请表。`),
          h('ol', { class: 'results' }, r.items.map((i) => resultItem(i, names))))
        : empty('没有找到相关的已公开信息，请填写下方申请表。'));
    } catch (err) {
      lookupResults.replaceChildren(errorBox(err, '查找失败'));
    }
  });
  add(view, h('section', { 'aria-labelledby': 'step1-h' }, h('h2', { id: 'step1-h' }, '第一步：查找已公开的信息'), lookup, lookupResults));

  const step2 = h('section', { 'aria-labelledby': 'step2-h' }, h('h2', { id: 'step2-h' }, '第二步：填写申请'));
  add(view, step2);
  if (!isCitizen()) {
    add(step2, h('div', { class: 'alert alert-info' },
      user() ? '在线申请需使用公众用户账号登录。机关工作人员可在“申请办理”中登记信函、当面或传真提交的申请。'
        : ['在线提交申请需要先 ', h('a', { href: `#/login?next=${encodeURIComponent('/apply')}` }, '登录'), '。也可按各机关',
          h('a', { href: '#/guides' }, '公开指南'), '通过信函、传真或当面提交。']));
    return;
  }
  const orgFields = h('fieldset', { class: 'org-fields', hidden: true },
    h('legend', null, '法人或其他组织'),
    field('统一社会信用代码', input('creditCode', { maxlength: 18, autocomplete: 'off' })),
    field('联系人', input('contactPerson')));
  const typeSelect = select('applicantType', APPLICANT_TYPES, { value: 'NATURAL_PERSON', required: true });
  typeSelect.addEventListener('change', () => { orgFields.hidden = typeSelect.value === 'NATURAL_PERSON'; });
  const errors = h('div', { id: 'apply-errors' });
  const form = h('form', { id: 'apply-form', novalidate: true },
    field('受理机关', select('agencyCode', Object.fromEntries(list.map((a) => [a.code, a.name])),
      { value: query.get('agency') || list[0]?.code, required: true })),
    field('申请人类型', typeSelect),
    h('fieldset', null, h('legend', null, '申请人信息'),
      field('姓名或名称', input('name', { required: true, autocomplete: 'name' })),
      field('证件类型', select('idType', ID_TYPES, { value: 'RESIDENT_ID' })),
      field('证件号码', input('idNumber', { autocomplete: 'off' }), '居民身份证号码将加密保存，页面上只显示部分数字。'),
      field('联系电话', input('phone', { type: 'tel', autocomplete: 'tel' })),
      field('电子邮箱', input('email', { type: 'email', autocomplete: 'email' })),
      field('通信地址', input('address', { autocomplete: 'street-address' })),
      h('p', { class: 'hint' }, '联系电话、电子邮箱、通信地址至少填写一项。')),
    orgFields,
    field('所需政府信息的名称、文号或便于查询的其他特征性描述', textarea('description', { required: true, rows: 5, maxlength: 4000 })),
    field('用途（选填）', textarea('purpose', { rows: 2, maxlength: 1000 })),
    field('获取信息的形式', select('form', FORMS, { value: 'ELECTRONIC' })),
    field('获取信息的方式', select('delivery', DELIVERIES, { value: 'ONLINE' })),
    errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn primary', id: 'apply-submit' }, '提交申请')));
  const key = newKey(); // one key per form: a double click or retry files once
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = formValues(form);
    const body = {
      agencyCode: v.agencyCode, applicantType: v.applicantType, description: v.description, purpose: v.purpose,
      form: v.form, delivery: v.delivery, channel: 'ONLINE',
      applicant: {
        name: v.name, idType: v.idNumber ? v.idType : (v.applicantType === 'NATURAL_PERSON' ? v.idType : undefined),
        idNumber: v.idNumber, phone: v.phone, email: v.email, address: v.address,
        creditCode: v.applicantType === 'NATURAL_PERSON' ? undefined : v.creditCode,
        contactPerson: v.applicantType === 'NATURAL_PERSON' ? undefined : v.contactPerson,
      },
    };
    const filed = await busy(form.querySelector('button[type=submit]'), errors,
      () => api('/api/requests', { method: 'POST', body, headers: { 'Idempotency-Key': key } }), '申请未能提交');
    if (!filed) { errors.querySelector('[role=alert]')?.focus?.(); return; }
    const done = h('section', { class: 'alert alert-success', id: 'apply-result', tabindex: '-1', 'aria-labelledby': 'done-h' },
      h('h2', { id: 'done-h' }, '申请已提交'),
      dl([['查询码', h('strong', { class: 'code', id: 'tracking-code' }, filed.trackingCode)],
        ['验证码', h('strong', { class: 'code', id: 'verification-code' }, filed.verificationCode)],
        ['收到申请日期', fmtDate(filed.receivedOn)],
        ['答复期限', [fmtDate(filed.dueDate), filed.dueDateProvisional ? '（节假日安排尚未公布，暂按周末推算）' : '']],
        ['状态', label(REQ_STATUS, filed.status)]]),
      h('p', null, '请保存查询码和验证码：不登录也可以凭它们在“申请查询”中查看进度。'),
      filed.possibleDuplicateOf && filed.possibleDuplicateOf.length
        ? h('p', { class: 'muted' }, '提示：您此前提交过内容相近的申请。') : null,
      h('p', null, h('a', { href: `#/requests/${encodeURIComponent(filed.id)}`, class: 'btn primary' }, '查看申请详情'), ' ',
        h('a', { href: `#/track${qs({ tc: filed.trackingCode })}`, class: 'btn' }, '申请查询')));
    form.replaceWith(done);
    done.focus();
  });
  add(step2, form);
}

export async function track({ view, query }) {
  document.title = '申请查询 - 政府信息公开平台';
  const out = h('div', { id: 'track-result', 'aria-live': 'polite' });
  const form = h('form', { id: 'track-form', class: 'narrow' },
    field('查询码', input('tc', { required: true, value: query.get('tc') || undefined, autocomplete: 'off', id: 'track-tc' })),
    field('验证码', input('code', { required: true, autocomplete: 'off', id: 'track-code' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn primary' }, '查询')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = formValues(form);
    out.replaceChildren(loading('正在查询…'));
    try {
      const t = await api(`/api/requests/track/${encodeURIComponent(v.tc || '')}${qs({ code: v.code })}`, { anonymous: true });
      out.replaceChildren(h('section', { class: 'panel', 'aria-labelledby': 'tr-h' },
        h('h2', { id: 'tr-h' }, `申请 ${t.trackingCode}`),
        dl([['办理状态', h('strong', { id: 'track-status' }, label(REQ_STATUS, t.status))],
          ['答复期限', [fmtDate(t.dueDate), t.dueDateProvisional ? '（暂定）' : '']]]),
        t.dueDate ? null : h('p', { class: 'muted' }, '等待补正期间答复期限暂停计算。')));
    } catch (err) {
      out.replaceChildren(err.status === 404
        ? h('div', { class: 'alert alert-error', role: 'alert' }, '查询码或验证码不正确，请核对后重试。')
        : errorBox(err, '查询失败'));
    }
  });
  add(view, h('h1', null, '申请查询'),
    h('p', null, '输入提交申请时获得的查询码和验证码，查看办理状态和答复期限（不显示个人信息）。'), form, out);
}

export async function reports({ view, query }) {
  document.title = '年度报告 - 政府信息公开平台';
  const list = await agencies();
  const thisYear = new Date().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const links = h('div', { id: 'report-links' });
  const form = h('form', { class: 'inline-form' },
    field('年度', select('year', Object.fromEntries(years.map((y) => [y, `${y} 年`])), { value: query.get('year') || thisYear - 1 })),
    field('机关', select('agency', Object.fromEntries(list.map((a) => [a.code, a.name])), { blank: '全市汇总', value: query.get('agency') || '' })));
  const update = () => {
    const v = formValues(form);
    const base = `/api/stats/annual-reports/${encodeURIComponent(v.year)}`;
    const who = v.agency ? list.find((a) => a.code === v.agency)?.name : '全市';
    links.replaceChildren(h('p', null,
      h('a', { href: `${base}${qs({ agency: v.agency, format: 'html' })}`, target: '_blank', rel: 'noopener', class: 'btn primary', id: 'report-html' },
        `${who}${v.year}年政府信息公开工作年度报告（新窗口打开）`), ' ',
      h('a', { href: `${base}${qs({ agency: v.agency, format: 'csv' })}`, class: 'btn', download: '' }, '下载 CSV')));
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  update();
  add(view, h('h1', null, '政府信息公开工作年度报告'),
    h('p', null, '按国务院办公厅 2021 年统一格式编制，含主动公开、依申请公开、复议诉讼等表格，可直接打印。'), form, links);
}
