/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold separators, quotes as "" and
 * line breaks). The separator is `;` or `,`, whichever the header line uses — spreadsheets in
 * German, Polish and many other locales save with `;`.
 */
export function parseCsvRecords(text: string): { separator: ';' | ','; records: string[][] } {
  const body = text.replace(/^\uFEFF/, ''); // Excel's UTF-8 byte-order mark
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { separator, records: records.filter((r) => r.some((value) => value.trim() !== '')) };
}
