// The portal shell: hash routing, navigation by role, sign-in box, script toggle.
import { h } from './dom.js';
import { user, signOut, isCitizen, isStaff, isSupervisor } from './auth.js';
import { applyScript, isTraditional, setTraditional } from './i18n.js';
import { ROLES } from './labels.js';
import { loading, errorBox } from './ui.js';
import * as pub from './pages/public.js';
import * as account from './pages/account.js';
import * as agency from './pages/agency.js';
import * as office from './pages/office.js';

const ROUTES = [
  ['/', pub.home],
  ['/search', pub.search],
  ['/pub/:id', pub.publication],
  ['/guides', pub.guides],
  ['/guide/:code', pub.guide],
  ['/apply', pub.apply],
  ['/track', pub.track],
  ['/reports', pub.reports],
  ['/login', account.login],
  ['/my/requests', account.myRequests],
  ['/requests/:id', account.requestDetail],
  ['/my/subscriptions', account.subscriptions],
  ['/console', agency.publications],
  ['/console/new', agency.newDraft],
  ['/console/pub/:id', agency.publicationWork],
  ['/console/requests', agency.requestQueue],
  ['/console/dashboard', agency.dashboard],
  ['/office/dashboard', office.dashboard],
  ['/office/rankings', office.rankings],
];

function match(path) {
  for (const [pattern, page] of ROUTES) {
    const names = [];
    const re = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, n) => { names.push(n); return '([^/]+)'; })}$`);
    const m = re.exec(path);
    if (m) return { page, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  return { path: path || '/', query: new URLSearchParams(query) };
}

export function go(path) {
  if (location.hash === `#${path}`) render();
  else location.hash = path;
}

function navLinks() {
  const links = [
    ['/', '首页'], ['/search', '信息公开目录'], ['/guides', '公开指南'], ['/apply', '申请公开'],
    ['/track', '申请查询'], ['/reports', '年度报告'],
  ];
  if (isCitizen()) links.push(['/my/requests', '我的申请'], ['/my/subscriptions', '我的订阅']);
  if (isStaff()) {
    links.push(['/console', '信息发布'], ['/console/requests', '申请办理'], ['/console/dashboard', '本机关统计']);
  }
  if (isSupervisor()) links.push(['/office/dashboard', '全市统计'], ['/office/rankings', '考核排名']);
  return links;
}

function renderChrome(path) {
  const nav = document.getElementById('main-nav');
  const links = navLinks();
  let best = null; // the longest link that is the current path or a parent of it
  for (const [href] of links) {
    const hit = href === path || (href !== '/' && path.startsWith(`${href}/`));
    if (hit && (!best || href.length > best.length)) best = href;
  }
  nav.replaceChildren(h('ul', null, links.map(([href, text]) =>
    h('li', null, h('a', { href: `#${href}`, 'aria-current': href === best ? 'page' : null }, text)))));
  const box = document.getElementById('user-box');
  const u = user();
  if (u) {
    const roles = u.roles.map((r) => ROLES[r] || r).join('、');
    box.replaceChildren(
      h('span', { class: 'who', 'data-testid': 'current-user' }, `${u.name}（${roles}${u.agency ? ` · ${u.agency}` : ''}）`),
      ' ',
      h('button', { type: 'button', class: 'link-button', id: 'sign-out', on: { click: () => { signOut(); go('/'); } } },
        '退出'));
  } else {
    box.replaceChildren(h('a', { href: `#/login?next=${encodeURIComponent(path)}`, id: 'sign-in-link' }, '登录'));
  }
  const toggle = document.getElementById('script-toggle');
  toggle.textContent = isTraditional() ? '简体' : '繁體';
  toggle.setAttribute('lang', isTraditional() ? 'zh-CN' : 'zh-Hant');
  toggle.setAttribute('aria-label', isTraditional() ? '切換為簡體中文' : '切換為繁體中文');
  toggle.dataset.noConvert = '';
  applyScript(document.querySelector('.site-header'));
  applyScript(document.querySelector('.site-footer'));
}

let renderSeq = 0;

async function render({ focus = true } = {}) {
  const seq = ++renderSeq;
  const { path, query } = parseHash();
  const main = document.getElementById('main');
  renderChrome(path);
  const found = match(path);
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(loading());
  const view = h('div', { class: 'view' });
  try {
    if (!found) {
      document.title = '页面不存在 - 政府信息公开平台';
      view.append(h('h1', null, '页面不存在'), h('p', null, h('a', { href: '#/' }, '返回首页')));
    } else {
      await found.page({ view, params: found.params, query, go, rerender: () => render({ focus: false }) });
    }
  } catch (e) {
    view.replaceChildren(h('h1', null, '出错了'), errorBox(e, '页面加载失败'));
  }
  if (seq !== renderSeq) return; // a newer navigation won
  main.replaceChildren(view);
  applyScript(main);
  main.removeAttribute('aria-busy');
  document.documentElement.dataset.view = `${seq}-${Date.now()}`; // lets browser tests wait for this render
  if (focus) {
    const h1 = main.querySelector('h1');
    if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus({ preventScroll: false }); }
  }
}

function start() {
  // later updates inside a page (search results, action outcomes) are converted as they appear
  new MutationObserver((records) => {
    if (!isTraditional()) return;
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === Node.ELEMENT_NODE) applyScript(n);
      else if (n.nodeType === Node.TEXT_NODE && n.parentElement) applyScript(n.parentElement);
    }
  }).observe(document.getElementById('main'), { childList: true, subtree: true });

  document.getElementById('skip-link').addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('main').focus();
  });
  document.getElementById('script-toggle').addEventListener('click', () => {
    setTraditional(!isTraditional());
    render({ focus: false });
  });
  window.addEventListener('hashchange', () => render());
  render({ focus: false });
}

start();
