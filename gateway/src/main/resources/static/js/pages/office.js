// The city disclosure office: city-wide dashboard and the agency ranking.
import { h, add, formValues } from '../dom.js';
import { api, qs } from '../api.js';
import { isSupervisor } from '../auth.js';
import { agencies } from '../data.js';
import { field, select, empty, errorBox, bars } from '../ui.js';
import { needSignIn } from './account.js';
import { dashboardView } from './agency.js';

const COMPONENTS = {
  responseTimeliness: '依申请按期答复', proactiveTimeliness: '主动公开及时性', volume: '主动公开数量',
  overdueRequests: '逾期申请（扣分）', revocations: '撤销信息（扣分）', appealsLost: '复议诉讼被纠错（扣分）',
  volumeTarget: '数量目标（每单位规模条数）', overduePenalty: '每件逾期申请扣分', revocationPenalty: '每条撤销信息扣分',
  appealLostPenalty: '每件被纠错复议诉讼扣分',
};

export async function dashboard({ view, query }) {
  document.title = '全市统计 - 市政府信息公开办';
  if (!isSupervisor()) { needSignIn(view, '/office/dashboard', '全市统计需要市政府信息公开办账号。'); return; }
  const list = await agencies();
  const names = Object.fromEntries(list.map((a) => [a.code, a.name]));
  const agency = query.get('agency') || '';
  const form = h('form', { class: 'inline-form' },
    field('机关', select('agency', names, { blank: '全市', value: agency })),
    h('button', { type: 'submit', class: 'btn' }, '查看'));
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = `/office/dashboard${qs(formValues(form))}`; });
  const d = await api(`/api/stats/dashboard${qs({ agency })}`);
  add(view, dashboardView(d, names, agency ? `${names[agency] || agency} 统计` : '全市政府信息公开统计'));
  view.querySelector('h1').after(form);
  // overdue by agency, from the live work list
  const byAgency = {};
  for (const w of (d.requests && d.requests.overdue) || []) byAgency[w.agencyCode] = (byAgency[w.agencyCode] || 0) + 1;
  add(view, h('p', null, h('a', { href: '#/office/rankings' }, '查看考核排名'), ' · ',
    h('a', { href: `#/reports${qs({ agency })}` }, '年度报告')));
  if (!agency) {
    const entries = Object.entries(byAgency).map(([k, v]) => [names[k] || k, v]);
    view.querySelector('.grid')?.append(bars('逾期未答复：按机关', entries));
  }
}

export async function rankings({ view, query }) {
  document.title = '考核排名 - 市政府信息公开办';
  if (!isSupervisor()) { needSignIn(view, '/office/rankings', '考核排名需要市政府信息公开办账号。'); return; }
  const list = await agencies();
  const names = Object.fromEntries(list.map((a) => [a.code, a.name]));
  const thisYear = new Date().getFullYear();
  const year = Number(query.get('year') || thisYear);
  const form = h('form', { class: 'inline-form' },
    field('年度', select('year', Object.fromEntries([thisYear, thisYear - 1, thisYear - 2].map((y) => [y, `${y} 年`])), { value: year })),
    h('button', { type: 'submit', class: 'btn' }, '查看'));
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = `/office/rankings${qs(formValues(form))}`; });
  add(view, h('h1', null, `${year} 年度政府信息公开工作考核排名`), form);
  let r;
  try {
    r = await api(`/api/stats/rankings/${year}`);
  } catch (e) {
    add(view, errorBox(e, '排名加载失败'));
    return;
  }
  if (!r.agencies || !r.agencies.length) { add(view, empty('该年度暂无数据。')); return; }
  const max = Math.max(1, ...r.agencies.map((a) => a.score));
  const compNames = r.agencies[0].components.map((c) => c.name);
  add(view, h('table', { class: 'table ranking', id: 'ranking-table' },
    h('caption', null, '总分为各项得分之和；括号内为原始值（比率或件数）'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, '名次'), h('th', { scope: 'col' }, '机关'), h('th', { scope: 'col' }, '总分'),
      compNames.map((n) => h('th', { scope: 'col' }, COMPONENTS[n] || n)))),
    h('tbody', null, r.agencies.map((a) => h('tr', null,
      h('td', null, String(a.rank)), h('th', { scope: 'row' }, names[a.agency] || a.agency),
      h('td', null, h('span', { class: 'bar', style: `width:${Math.max(0, Math.round((a.score / max) * 60))}px` }), ' ', a.score.toFixed(1)),
      a.components.map((c) => h('td', { title: `原始值 ${c.raw}，权重 ${c.weight}` }, c.points.toFixed(1),
        h('span', { class: 'muted small' }, `（${Number.isInteger(c.raw) ? c.raw : c.raw.toFixed(2)}）`))))))),
  h('section', { class: 'panel' }, h('h2', null, '评分模型'),
    h('p', null, r.model && r.model.formula ? r.model.formula : ''),
    h('ul', null, Object.entries(r.model || {}).filter(([k]) => k !== 'formula').map(([k, v]) => h('li', null, `${COMPONENTS[k] || k}：${v}`)))));
}
