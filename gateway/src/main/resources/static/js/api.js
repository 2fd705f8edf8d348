// fetch wrapper: JSON in and out, bearer token when signed in, RFC 9457 problems turned into ApiError.
import { token, signOut } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

export async function api(path, { method = 'GET', body, form, formData, headers = {}, anonymous = false } = {}) {
  const h = { Accept: 'application/json', ...headers };
  const t = anonymous ? null : token();
  if (t) h.Authorization = `Bearer ${t}`;
  let payload;
  if (formData) {
    payload = formData; // multipart: the browser sets the boundary
  } else if (form) {
    payload = new URLSearchParams(form);
  } else if (body !== undefined) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, { method, headers: h, body: payload });
  } catch (e) {
    throw new ApiError(0, { title: 'network', detail: '网络连接失败，请检查网络后重试。' });
  }
  const type = res.headers.get('Content-Type') || '';
  const data = res.status === 204 ? null
    : type.includes('json') ? await res.json().catch(() => null) : await res.text();
  if (!res.ok) {
    if (res.status === 401 && t) signOut(); // expired or rotated key: show the sign-in prompt next time
    throw new ApiError(res.status, typeof data === 'object' ? data : { detail: String(data || '').slice(0, 300) });
  }
  return data;
}

export function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') p.set(k, v);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}
