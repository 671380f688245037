/**
 * CSV as spreadsheets read it (RFC 4180): every cell quoted when it holds a comma, quote,
 * or line break, quotes doubled, CRLF between rows, and a UTF-8 byte-order mark first so
 * Excel opens Chinese text as UTF-8 rather than the system's code page.
 */
const BOM = "\uFEFF";

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return
 * before one) gets a leading apostrophe: a headline like "=HYPERLINK(…)" stays text
 * (OWASP's CSV injection advice).
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file: the byte-order mark, then each row's cells. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>) {
  return BOM + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
