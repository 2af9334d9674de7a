import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommand } from '../../cli/read';
import { PAGES, SHARED, hasShared, pagesIn } from './helpers';

const URLS: Record<string, string> = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd',
  outlook: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1jTgmlvb8',
};

describe.runIf(hasShared)('parley read reproduces the shared fixtures exactly', () => {
  for (const site of ['gmail', 'outlook']) {
    it.each(pagesIn(join(SHARED, 'fixtures', site)))(`${site}/$name`, ({ html, expected }) => {
      expect(readCommand(html)).toEqual(expected);
      // The same with the page's real URL (as the content script sees it).
      expect(readCommand(html, URLS[site])).toEqual(expected);
    });
  }
});

describe("the project's own saved pages", () => {
  for (const dir of ['gmail', 'outlook', 'unknown']) {
    it.each(pagesIn(join(PAGES, dir)))(`${dir}/$name`, ({ html, expected }) => {
      const exp = expected as { site: string; messages: { partial?: boolean }[] };
      const url = URLS[exp.site];
      const got = readCommand(html, url, true);
      const strip = got.messages.map(({ id: _id, own: _own, ...rest }) => rest);
      expect({ ...got, messages: strip }).toEqual({
        ...exp,
        messages: exp.messages.map((m) => ({ partial: false, ...m })),
      });
    });
  }
});
