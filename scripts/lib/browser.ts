/** Launches Chromium with the built extension loaded (demo, end-to-end tests, benchmarks). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'Parley needs Chromium or Chrome. On Debian/Ubuntu: sudo apt-get install -y chromium ' +
  '(or set CHROME_PATH to your Chrome/Chromium executable).';

export function findChromium(): string | null {
  for (const c of CANDIDATES) if (c && existsSync(c)) return c;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  return null;
}

export interface ParleyBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  close(): Promise<void>;
}

export async function launchWithParley(
  options: { headless?: boolean; profileDir?: string; keepProfile?: boolean } = {},
): Promise<ParleyBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'parley-profile-'));
  const args = [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1400, height: 900 },
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    profileDir,
    async close() {
      await context.close().catch(() => undefined);
      if (!options.keepProfile && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
