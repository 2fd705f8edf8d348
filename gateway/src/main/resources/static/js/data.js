// Reference data fetched once per page load.
import { api } from './api.js';

let agenciesPromise;

export function agencies() {
  if (!agenciesPromise) {
    agenciesPromise = api('/api/catalog/agencies').catch((e) => { agenciesPromise = undefined; throw e; });
  }
  return agenciesPromise;
}

export async function agencyNames() {
  const list = await agencies();
  return Object.fromEntries(list.map((a) => [a.code, a.name]));
}

/** An Idempotency-Key that also works outside secure contexts (crypto.randomUUID needs one). */
export function newKey() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}
