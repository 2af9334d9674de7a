/** Which mail app a URL belongs to (kept apart from the adapters so the popup stays small). */
export const GMAIL_URL = /^https:\/\/mail\.google\.com\//;
export const OUTLOOK_URL = /^https:\/\/outlook\.(live|office|office365)\.com\//;

export function mailSiteOf(url: string | undefined): 'gmail' | 'outlook' | null {
  if (!url) return null;
  if (GMAIL_URL.test(url)) return 'gmail';
  if (OUTLOOK_URL.test(url)) return 'outlook';
  return null;
}
