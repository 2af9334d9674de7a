/** Test helpers: saved pages, the optional ../shared material, and DOM loading. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadHtml } from '../../cli/dom';

/** Tests run from the repository root (npm scripts). */
export const ROOT = process.cwd();
export const PAGES = join(ROOT, 'tests/pages');
/** ../shared beside the repository (fixtures and data); absent in a fresh clone of this repo alone. */
export const SHARED = process.env.PARLEY_SHARED ?? join(ROOT, '../shared');
export const hasShared = existsSync(join(SHARED, 'fixtures'));

if (!hasShared) {
  console.warn(`[parley tests] ${SHARED} not found: tests on the shared fixtures are skipped.`);
}

export function pagesIn(dir: string): { name: string; html: string; expected: unknown }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      name: f,
      html: readFileSync(join(dir, f), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8')),
    }));
}

/** A fragment of HTML as the body of a fresh document; returns its body. */
export function body(html: string): HTMLElement {
  return loadHtml(`<!doctype html><html><body>${html}</body></html>`).document.body;
}

export { loadHtml };
