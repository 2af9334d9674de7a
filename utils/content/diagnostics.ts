/**
 * The "copy diagnostics" report: what Parley found on a page it could not read. Selector hit counts,
 * versions and the URL's shape only: never mail text, subjects, names or addresses.
 */
import type { MailAdapter, PageRead } from '@/utils/mail/types';

/** `/mail/u/0/#inbox/FMfcgz…` → `/mail/u/0/#inbox/<id>`: keeps the view, drops ids and search words. */
export function urlShape(href: string): string {
  try {
    const u = new URL(href);
    const mask = (s: string) =>
      s
        .split('/')
        .map((part, i, parts) =>
          /^[A-Za-z0-9_=%+-]{12,}$/.test(part) || (i > 0 && parts[i - 1] === 'search') ? '<id>' : part,
        )
        .join('/');
    return `${u.origin}${mask(u.pathname)}${u.hash ? '#' + mask(u.hash.slice(1).split('?')[0]) : ''}`;
  } catch {
    return '';
  }
}

export function buildDiagnostics(
  adapter: MailAdapter,
  read: PageRead,
  failures: { at: string; where: string; message: string }[],
): string {
  let version = '';
  try {
    version = browser.runtime.getManifest().version;
  } catch {
    // Extension context gone (reloaded): the rest of the report still helps.
  }
  const report = {
    parley: version,
    site: adapter.site,
    status: read.status,
    url: urlShape(location.href),
    lang: document.documentElement.lang || '',
    userAgent: navigator.userAgent,
    time: new Date().toISOString(),
    selectors: adapter.diagnose(document),
    failures: failures.map((f) => ({ at: f.at, where: f.where, message: f.message.slice(0, 200) })),
  };
  return JSON.stringify(report, null, 2);
}
