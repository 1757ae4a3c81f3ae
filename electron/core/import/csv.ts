/**
 * An RFC 4180 CSV reader for MIS exports, with what real exports add to the RFC: a UTF-8 byte-order mark, a
 * semicolon or tab instead of a comma (Excel in many locales), CR, LF or CRLF line ends, and blank lines.
 * Cells are kept exactly as written: a cell like `=HYPERLINK("http://x","y")` is text, never evaluated (it is
 * only ever stored as a string, and any CSV export escapes it again).
 */
import { MAX_CSV_CHARS, MAX_IMPORT_ROWS } from '../../../shared/schemas/import';
import { AppError } from '../app-error';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /**
   * 1-based, the header being row 1, counting blank rows: the row number a spreadsheet shows for it (a value
   * with line breaks inside its quotes is still one row).
   */
  row: number;
  cells: string[];
}

export interface CsvFile {
  delimiter: Delimiter;
  headers: string[];
  records: CsvRecord[];
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** The delimiter used most often in the first line, counting only outside quotes; a comma when none is. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

class Reader {
  private i = 0;
  private row = 0;
  readonly records: CsvRecord[] = [];

  constructor(
    private readonly text: string,
    private readonly delimiter: Delimiter,
  ) {}

  read(): CsvRecord[] {
    while (this.i < this.text.length) {
      this.row += 1;
      const cells = this.record();
      if (cells.some((c) => c !== '')) this.keep({ row: this.row, cells });
    }
    return this.records;
  }

  private keep(record: CsvRecord): void {
    // The header plus at most MAX_IMPORT_ROWS rows of learners.
    if (this.records.length > MAX_IMPORT_ROWS) {
      throw new AppError('BAD_FILE', `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows. Split it into smaller files.`);
    }
    this.records.push(record);
  }

  /** One record: cells up to the end of a line that is not inside quotes. */
  private record(): string[] {
    const cells: string[] = [];
    for (;;) {
      cells.push(this.text[this.i] === '"' ? this.quoted() : this.plain());
      const ch = this.text[this.i];
      if (ch === this.delimiter) {
        this.i += 1;
        continue;
      }
      this.lineEnd();
      return cells;
    }
  }

  private plain(): string {
    const start = this.i;
    while (this.i < this.text.length && !this.endsCell(this.text[this.i]!)) this.i += 1;
    return this.text.slice(start, this.i);
  }

  private quoted(): string {
    let out = '';
    this.i += 1;
    for (;;) {
      const next = this.text.indexOf('"', this.i);
      if (next < 0) throw new AppError('BAD_FILE', `A quoted value on row ${this.row} never ends. Check the file's quotation marks.`);
      out += this.text.slice(this.i, next);
      this.i = next + 1;
      if (this.text[this.i] !== '"') break;
      out += '"';
      this.i += 1;
    }
    // Anything between the closing quote and the delimiter (`"abc"def`) is kept, as spreadsheets do.
    return out + this.plain();
  }

  private endsCell(ch: string): boolean {
    return ch === this.delimiter || ch === '\n' || ch === '\r';
  }

  private lineEnd(): void {
    if (this.text[this.i] === '\r') this.i += 1;
    if (this.text[this.i] === '\n') this.i += 1;
  }
}

/** Parses a whole CSV file: the first non-blank row is the header. Refuses files over the size limits. */
export function parseCsv(input: string): CsvFile {
  if (input.length > MAX_CSV_CHARS) throw new AppError('BAD_FILE', 'The file is larger than 20 MB. Split it into smaller files.');
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // The header is the first line that is not blank; 64 KB is far more than any header row.
  const delimiter = detectDelimiter(text.slice(0, 65_536).replace(/^[\r\n]+/, ''));
  const [header, ...records] = new Reader(text, delimiter).read();
  if (!header) throw new AppError('BAD_FILE', 'The file is empty: there is no header row.');
  return { delimiter, headers: header.cells.map((h) => h.trim()), records };
}
