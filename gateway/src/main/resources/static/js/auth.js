// The signed-in user: the bearer token lives in sessionStorage (gone when the tab closes); claims are read locally
// only to shape the UI — every service checks the token itself.
const KEY = 'portal.token';

function decode(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(part + '='.repeat((4 - (part.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

export function token() {
  const t = sessionStorage.getItem(KEY);
  if (!t) return null;
  const claims = decode(t);
  if (!claims || (claims.exp && claims.exp * 1000 < Date.now() + 5000)) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return t;
}

export function user() {
  const t = token();
  if (!t) return null;
  const c = decode(t);
  return { name: c.sub, roles: c.roles || [], agency: c.agency || null, exp: c.exp };
}

export function hasRole(...roles) {
  const u = user();
  return !!u && roles.some((r) => u.roles.includes(r));
}

export const isCitizen = () => hasRole('CITIZEN');
export const isStaff = () => hasRole('AGENCY_EDITOR', 'AGENCY_REVIEWER', 'AGENCY_ADMIN');
export const isEditor = () => hasRole('AGENCY_EDITOR', 'AGENCY_ADMIN');
export const isReviewer = () => hasRole('AGENCY_REVIEWER', 'AGENCY_ADMIN');
export const isAdmin = () => hasRole('AGENCY_ADMIN');
export const isSupervisor = () => hasRole('CITY_SUPERVISOR');

export function signIn(accessToken) {
  sessionStorage.setItem(KEY, accessToken);
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}
