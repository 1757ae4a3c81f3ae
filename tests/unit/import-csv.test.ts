/**
 * Security test 12, the file half: the CSV reader on ugly real-world exports (BOM, semicolons, quoted line
 * breaks, formula cells kept as text, blank lines, limits), the header recognition and the value readers.
 */
import { describe, expect, test } from 'vitest';
import { isAppError } from '../../electron/core/app-error';
import { detectDelimiter, parseCsv } from '../../electron/core/import/csv';
import { headerKey, mappingProblem, rawValues, suggestMapping } from '../../shared/rules/import-mapping';
import { readBoolean, readDate, readLanguages, readMedium, readUpn, readValues, readYearGroup } from '../../shared/rules/import-values';
import { MAX_CSV_CHARS, MAX_IMPORT_ROWS } from '../../shared/schemas/import';
import { badCheckUpn, upnFor } from '../fixtures/mis-csv';

function refusal(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
}

/** As Excel writes it on a Welsh-locale PC: BOM, semicolons, CRLF, quoted line breaks, blank and empty rows. */
const UGLY = [
  '\ufeff"UPN";Legal Surname;Legal Forename;Known As;DOB;NC Year;"Notes; free text"',
  '',
  `${upnFor(1)};Jones;Rhys;"=HYPERLINK(""http://x"",""y"")";04/03/2015;Y6;"line one`,
  `line two ""quoted"""`,
  ';;;;;;',
  `${upnFor(2)};"O'Neil; Price";Ffion;+44 1234;2014-09-30;R;@SUM(A1)`,
  `${upnFor(1)};Jones;Rhys;;04/03/2015;6;-2+3`,
  '',
].join('\r\n');

describe('CSV reader', () => {
  test('an ugly export: BOM stripped, semicolons detected, quotes and line breaks inside cells, blank rows skipped', () => {
    const file = parseCsv(UGLY);
    expect(file.delimiter).toBe(';');
    expect(file.headers).toEqual(['UPN', 'Legal Surname', 'Legal Forename', 'Known As', 'DOB', 'NC Year', 'Notes; free text']);
    // Row numbers are the spreadsheet's: the blank row 2 and the empty row 4 count, the quoted line break does not.
    expect(file.records.map((r) => r.row)).toEqual([3, 5, 6]);
    expect(file.records[0]!.cells).toEqual([upnFor(1), 'Jones', 'Rhys', '=HYPERLINK("http://x","y")', '04/03/2015', 'Y6', 'line one\r\nline two "quoted"']);
    expect(file.records[1]!.cells).toEqual([upnFor(2), "O'Neil; Price", 'Ffion', '+44 1234', '2014-09-30', 'R', '@SUM(A1)']);
    expect(file.records[2]!.cells.at(-1)).toBe('-2+3');
  });

  test('formula-looking cells are kept exactly as written, as text', () => {
    const formulas = ['=1+1', '=HYPERLINK("http://evil.example","click")', '+SUM(1)', '-1+2', '@cmd', '=cmd|\' /C calc\'!A0'];
    const csv = `a\n${formulas.map((f) => `"${f.replaceAll('"', '""')}"`).join('\n')}\n`;
    expect(parseCsv(csv).records.map((r) => r.cells[0])).toEqual(formulas);
  });

  test('delimiter: counted on the header line only, outside quotes; comma when tied or absent', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('"a,b,c";d;e')).toBe(';');
    expect(detectDelimiter('UPN\tSurname\tForename')).toBe('\t');
    expect(detectDelimiter('UPN')).toBe(',');
    expect(parseCsv('\n\nUPN\tSurname\r\nA\tB').records).toEqual([{ row: 4, cells: ['A', 'B'] }]);
  });

  test('LF, CRLF and lone CR line ends; a last row without a line end; empty cells kept in place', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const file = parseCsv(['h1,h2,h3', 'a,,c', ',b,'].join(eol));
      expect(file.records).toEqual([
        { row: 2, cells: ['a', '', 'c'] },
        { row: 3, cells: ['', 'b', ''] },
      ]);
    }
  });

  test('a quote that never closes is refused with its row; an empty file is refused', () => {
    expect(refusal(() => parseCsv('a,b\n1,2\n3,"unclosed\n4,5\n'))).toEqual({ code: 'BAD_FILE', message: expect.stringContaining('row 3') });
    expect(refusal(() => parseCsv('\ufeff\r\n\r\n')).code).toBe('BAD_FILE');
  });

  test(`limits: more than ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows or 20 MB of text is refused, with the reason`, () => {
    const rows = (n: number) => 'UPN\n' + 'x\n'.repeat(n);
    expect(parseCsv(rows(MAX_IMPORT_ROWS)).records).toHaveLength(MAX_IMPORT_ROWS);
    expect(refusal(() => parseCsv(rows(MAX_IMPORT_ROWS + 1)))).toEqual({ code: 'BAD_FILE', message: expect.stringContaining('more than 50,000 rows') });
    expect(refusal(() => parseCsv('a'.repeat(MAX_CSV_CHARS + 1)))).toEqual({ code: 'BAD_FILE', message: expect.stringContaining('20 MB') });
  });
});

describe('header recognition', () => {
  test('SIMS, Arbor and Wonde-style headers, whatever their case, spacing and punctuation', () => {
    expect(headerKey(' Legal_Fore-name ')).toBe('legalforename');
    const sims = ['Adno', 'UPN', 'Legal Surname', 'Legal Forename', 'Preferred Forename', 'DOB', 'Year', 'Reg Group', 'Home Language', 'In Care', 'EAL', 'Medium'];
    expect(suggestMapping(sims)).toEqual({
      '0': null, '1': 'upn', '2': 'legalLastName', '3': 'legalFirstName', '4': 'preferredName', '5': 'dateOfBirth', '6': 'yearGroup',
      '7': 'registrationGroup', '8': 'homeLanguages', '9': 'lookedAfter', '10': 'eal', '11': 'medium',
    });
    const arbor = ['Unique Pupil Number', 'First Name', 'Last Name', 'Known As', 'Date of Birth', 'Year Group', 'Registration Group', 'First Language', 'Looked After', 'Language Medium'];
    expect(Object.values(suggestMapping(arbor))).toEqual(['upn', 'legalFirstName', 'legalLastName', 'preferredName', 'dateOfBirth', 'yearGroup', 'registrationGroup', 'homeLanguages', 'lookedAfter', 'medium']);
    const wonde = ['upn', 'legal_forename', 'legal_surname', 'forename', 'surname', 'date_of_birth', 'NC_YEAR', 'form_group', 'CLA'];
    expect(Object.values(suggestMapping(wonde))).toEqual(['upn', 'legalFirstName', 'legalLastName', null, null, 'dateOfBirth', 'yearGroup', 'registrationGroup', 'lookedAfter']);
  });

  test('the legal name wins over a plain forename whatever the column order; unknown headers are ignored', () => {
    expect(suggestMapping(['Forename', 'Legal Forename', 'Curriculum Year', 'Tutor Group', 'Shoe size'])).toEqual({
      '0': null, '1': 'legalFirstName', '2': 'yearGroup', '3': 'registrationGroup', '4': null,
    });
    expect(suggestMapping(['Forename', 'Surname', 'Birth Date', 'Form'])).toEqual({ '0': 'legalFirstName', '1': 'legalLastName', '2': 'dateOfBirth', '3': 'registrationGroup' });
  });

  test('a mapping naming a field twice or a column the file lacks is a problem; fixes replace cells', () => {
    expect(mappingProblem({ '0': 'upn', '1': 'upn' }, 2)).toEqual({ kind: 'twice', field: 'upn' });
    expect(mappingProblem({ '0': 'upn', '5': 'eal' }, 2)).toEqual({ kind: 'noSuchColumn', column: 5 });
    expect(mappingProblem({ '0': 'upn', '1': null, '2': null }, 3)).toBeNull();
    expect(rawValues(['A', 'b'], { '0': 'upn', '1': null }, { yearGroup: '6', upn: 'Z' })).toEqual({ upn: 'Z', yearGroup: '6' });
  });
});

const TODAY = '2025-06-01';

describe('value readers', () => {
  test('dates: day first, ISO, month names, a midnight time; blank is "not given"', () => {
    for (const [typed, iso] of [
      ['04/03/2015', '2015-03-04'], ['4/3/2015', '2015-03-04'], ['04-03-2015', '2015-03-04'], ['04.03.2015', '2015-03-04'],
      ['2015-03-04', '2015-03-04'], ['2015/3/4', '2015-03-04'], ['4 Mar 2015', '2015-03-04'], ['04-March-2015', '2015-03-04'],
      ['04/03/2015 00:00:00', '2015-03-04'], ['2015-03-04T00:00:00Z', '2015-03-04'], [' 29/02/2016 ', '2016-02-29'],
    ]) expect(readDate(typed!, TODAY), typed).toEqual({ value: iso });
    expect(readDate('  ', TODAY)).toEqual({ value: undefined });
  });

  test('dates: two-digit years, impossible days, US order, other shapes and the future are refused with reasons', () => {
    for (const [typed, problem] of [
      ['04/03/15', 'twoDigitYear'], ['4 Mar 15', 'twoDigitYear'], ['31/02/2015', 'notADate'], ['29/02/2015', 'notADate'],
      ['12/25/2015', 'notADate'], ['00/01/2015', 'notADate'], ['01/01/1850', 'notADate'], ['March 4th', 'dateFormat'],
      ['04/03/201', 'dateFormat'], ['2015-03', 'dateFormat'], ['04/03/2015 09:30', 'dateFormat'], ['02/06/2025', 'futureDate'],
      ['4 Foo 2015', 'dateFormat'],
    ]) expect(readDate(typed!, TODAY), typed).toEqual({ problem });
  });

  test('year groups: Year 6, Y6, 06, R, Reception, N1, Nursery 2, Blwyddyn 3, Derbyn; nonsense refused', () => {
    for (const [typed, value] of [
      ['Year 6', '6'], ['Y6', '6'], ['yr 6', '6'], ['6', '6'], ['06', '6'], ['Year 14', '14'], ['R', 'R'], ['YR', 'R'],
      ['Reception', 'R'], ['Derbyn', 'R'], ['N1', 'N1'], ['Nursery 2', 'N2'], ['Blwyddyn 3', '3'], ['NC Year 11', '11'],
    ]) expect(readYearGroup(typed!), typed).toEqual({ value });
    for (const typed of ['Year 15', '0', 'Year Six', 'N3', '6B', 'KS2']) expect(readYearGroup(typed), typed).toEqual({ problem: 'yearGroup' });
    expect(readYearGroup('')).toEqual({ value: undefined });
  });

  test('yes/no: Yes/No, Y/N, True/False, 1/0, Ie/Na; anything else refused', () => {
    for (const t of ['Yes', 'y', 'TRUE', '1', 'Ie']) expect(readBoolean(t), t).toEqual({ value: true });
    for (const t of ['No', 'N', 'false', '0', 'Na']) expect(readBoolean(t), t).toEqual({ value: false });
    for (const t of ['maybe', '2', 'Yes please']) expect(readBoolean(t), t).toEqual({ problem: 'boolean' });
  });

  test('UPNs: normalised (spaces, case) and checked; medium and languages', () => {
    const upn = upnFor(42);
    expect(readUpn(` ${upn.toLowerCase().slice(0, 5)} ${upn.slice(5)} `)).toEqual({ value: upn });
    expect(readUpn(badCheckUpn(42))).toEqual({ problem: 'checkLetter' });
    expect(readUpn(upn.slice(0, 12))).toEqual({ problem: 'length' });
    expect(readUpn('I' + upn.slice(1))).toEqual({ problem: 'characters' });
    expect(readMedium('Welsh medium')).toEqual({ value: 'cy' });
    expect(readMedium('Cyfrwng Cymraeg')).toEqual({ value: 'cy' });
    expect(readMedium('Dwyieithog')).toEqual({ value: 'bilingual' });
    expect(readMedium('Klingon')).toEqual({ problem: 'medium' });
    expect(readLanguages('Welsh, English; Polish/Welsh')).toEqual({ value: ['Welsh', 'English', 'Polish'] });
    expect(readLanguages(Array.from({ length: 21 }, (_, i) => `L${i}`).join(','))).toEqual({ problem: 'tooManyLanguages' });
  });

  test('a row: blank names are problems, blank optional cells are "not given", long text refused', () => {
    const read = readValues({ legalFirstName: ' Rhys ', legalLastName: '', preferredName: '', registrationGroup: 'x'.repeat(41), eal: 'Y' }, TODAY);
    expect(read.values).toEqual({ legalFirstName: 'Rhys', eal: true });
    expect(read.problems).toEqual([
      { field: 'legalLastName', code: 'required' },
      { field: 'registrationGroup', code: 'tooLong' },
    ]);
  });
});
