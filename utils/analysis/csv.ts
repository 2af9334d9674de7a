/**
 * Minimal RFC 4180 CSV parser: quoted fields may contain the delimiter, `""` escapes and line breaks
 * (CRLF, LF or CR). A leading byte-order mark is ignored. Pure, no dependencies.
 */

/** Parse delimited text into rows of fields. Blank lines are skipped. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '' && !fieldStarted)) rows.push(row);
    row = [];
    field = '';
    fieldStarted = false;
  };
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      fieldStarted = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || fieldStarted || row.length > 0) endRow();
  return rows;
}

/** Parse CSV with a header row into objects keyed by column name. Missing cells become ''. */
export function parseCsvRecords(text: string, delimiter = ','): Record<string, string>[] {
  const rows = parseCsv(text, delimiter);
  const header = rows[0];
  if (!header) return [];
  return rows.slice(1).map((r) => {
    const rec: Record<string, string> = {};
    header.forEach((h, j) => (rec[h.trim()] = r[j] ?? ''));
    return rec;
  });
}

/**
 * Parse `label<TAB>text` lines (no quoting: tabs and quotes inside the text are kept as-is; the label is
 * everything before the first tab). Lines without a tab are skipped.
 */
export function parseLabelledTsv(text: string): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    out.push({ label: line.slice(0, tab).trim(), text: line.slice(tab + 1) });
  }
  return out;
}
