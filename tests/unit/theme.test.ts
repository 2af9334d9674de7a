import { afterEach, describe, expect, it } from 'vitest';
import { isDarkBehind, matchTheme } from '../../utils/content/theme';

afterEach(() => {
  document.body.replaceChildren();
});

describe('isDarkBehind', () => {
  it('follows the nearest painted background of the page, not the OS setting', () => {
    const dark = document.createElement('div');
    dark.style.backgroundColor = 'rgb(32, 33, 36)';
    const inner = document.createElement('div');
    dark.append(inner);
    const light = document.createElement('div');
    light.style.backgroundColor = 'rgb(255, 255, 255)';
    document.body.append(dark, light);
    expect(isDarkBehind(inner)).toBe(true);
    expect(isDarkBehind(light)).toBe(false);
  });

  it('skips transparent layers', () => {
    const outer = document.createElement('div');
    outer.style.backgroundColor = 'rgb(20, 20, 20)';
    const glass = document.createElement('div');
    glass.style.backgroundColor = 'rgba(255, 255, 255, 0.1)';
    outer.append(glass);
    document.body.append(outer);
    expect(isDarkBehind(glass)).toBe(true);
  });
});

describe('matchTheme', () => {
  it("sets Parley's host to the theme drawn behind an element of the page", () => {
    const dark = document.createElement('div');
    dark.style.backgroundColor = 'rgb(32, 33, 36)';
    const anchor = document.createElement('div');
    dark.append(anchor);
    document.body.append(dark);
    const host = document.createElement('parley-panel');
    matchTheme(host, anchor);
    expect(host.getAttribute('data-theme')).toBe('dark');
    dark.style.backgroundColor = 'rgb(250, 250, 250)';
    matchTheme(host, anchor);
    expect(host.getAttribute('data-theme')).toBe('light');
  });
});
