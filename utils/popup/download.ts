/** Saves JSON as a file through the browser's own download (a Blob and an `<a download>`), no permission needed. */
export function downloadJson(data: unknown, filename: string, doc: Document = document): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL only needs to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "parley-export-2026-03-14.json", "parley-negotiation-invoice-inv-2041-2026-03-14.json". */
export function exportFilename(today: string, subject?: string): string {
  if (subject === undefined) return `parley-export-${today}.json`;
  const slug = subject
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `parley-negotiation-${slug || 'untitled'}-${today}.json`;
}
