/** Does the mail page draw a dark background behind `el`? (Gmail and Outlook have their own themes.) */
export function isDarkBehind(el: Element): boolean {
  let node: Element | null = el;
  while (node) {
    const bg = getComputedStyle(node).backgroundColor;
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(bg);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
      const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
    }
    node = node.parentElement;
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Gives Parley's shadow host (`data-theme`) the theme the page draws behind `el`. */
export function matchTheme(host: Element, el: Element): void {
  host.setAttribute('data-theme', isDarkBehind(el) ? 'dark' : 'light');
}
