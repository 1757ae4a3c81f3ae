/**
 * Reading the values of an MIS export (SIMS, Arbor, Wonde and the like) into learner fields. Pure: the preview,
 * the commit and the tests all use these. Each reader answers a value, `undefined` for a blank cell ("not given"),
 * or the code of what is wrong, which the renderer turns into plain words.
 */
import type { Medium, YEAR_GROUPS } from '../schemas/learner';
import { isIsoDate } from './dates';
import { normalizeUpn, upnProblem } from './upn';

export const IMPORT_FIELDS = [
  'legalFirstName',
  'legalLastName',
  'preferredName',
  'dateOfBirth',
  'upn',
  'yearGroup',
  'registrationGroup',
  'homeLanguages',
  'lookedAfter',
  'eal',
  'medium',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A learner cannot be added without these. */
export const REQUIRED_FOR_NEW: readonly ImportField[] = ['legalFirstName', 'legalLastName', 'dateOfBirth'];

export const PROBLEM_CODES = [
  'required',
  'tooLong',
  'dateFormat',
  'twoDigitYear',
  'notADate',
  'futureDate',
  'yearGroup',
  'boolean',
  'medium',
  'length',
  'characters',
  'checkLetter',
  'tooManyLanguages',
  'duplicateInFile',
  'extraCells',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type ImportYearGroup = (typeof YEAR_GROUPS)[number];
export type ImportMedium = Medium;

export interface ImportValues {
  legalFirstName: string;
  legalLastName: string;
  preferredName: string;
  dateOfBirth: string;
  upn: string;
  yearGroup: ImportYearGroup;
  registrationGroup: string;
  homeLanguages: string[];
  lookedAfter: boolean;
  eal: boolean;
  medium: ImportMedium;
}

/** A value, undefined for a blank cell, or what is wrong with it. */
export type Read<T> = { value: T | undefined } | { problem: ProblemCode };

const blank = (s: string) => s.trim() === '';
const compact = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

export function readText(cell: string, max: number): Read<string> {
  const text = cell.trim().replace(/\s+/g, ' ');
  if (text === '') return { value: undefined };
  return text.length > max ? { problem: 'tooLong' } : { value: text };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** [year, month, day] as typed, or a problem with the shape of the text. */
function dateParts(text: string): [string, string, string] | ProblemCode {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return [iso[1]!, iso[2]!, iso[3]!];
  // Day first: MIS exports from UK schools write dates as DD/MM/YYYY.
  const uk = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d+)$/.exec(text);
  if (uk) return uk[3]!.length === 4 ? [uk[3]!, uk[2]!, uk[1]!] : uk[3]!.length === 2 ? 'twoDigitYear' : 'dateFormat';
  const named = /^(\d{1,2})[\s-]+([a-z]+)[\s-]+(\d+)$/i.exec(text);
  const month = named ? MONTHS.indexOf(named[2]!.slice(0, 3).toLowerCase()) + 1 : 0;
  if (named && month > 0) return named[3]!.length === 4 ? [named[3]!, String(month), named[1]!] : named[3]!.length === 2 ? 'twoDigitYear' : 'dateFormat';
  return 'dateFormat';
}

/**
 * Dates as MIS exports write them: 04/03/2015 (day first), 2015-03-04, 4 Mar 2015, with or without a midnight
 * time after them. Two-digit years are refused: 04/03/15 could be 1915 or 2015, and a wrong century is worse
 * than a question.
 */
export function readDate(cell: string, today: string): Read<string> {
  const text = cell.trim().replace(/[ T]00:00(:00(\.0+)?)?Z?$/, '');
  if (text === '') return { value: undefined };
  const parts = dateParts(text);
  if (typeof parts === 'string') return { problem: parts };
  const [y, m, d] = parts;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (!isIsoDate(iso) || Number(y) < 1900) return { problem: 'notADate' };
  return iso > today ? { problem: 'futureDate' } : { value: iso };
}

const RECEPTION = new Set(['r', 'yr', 'yearr', 'rec', 'reception', 'derbyn', 'dosbarthderbyn']);

/** 'Year 6', 'Y6', 'Yr 6', '06', 'Blwyddyn 6'; 'R', 'Reception', 'Derbyn'; 'N1', 'Nursery 2', 'Meithrin 1'. */
export function readYearGroup(cell: string): Read<ImportYearGroup> {
  if (blank(cell)) return { value: undefined };
  const c = compact(cell);
  if (RECEPTION.has(c)) return { value: 'R' };
  const nursery = /^(?:n|nursery|meithrin|yearn|yn)([12])$/.exec(c);
  if (nursery) return { value: `N${nursery[1]}` as ImportYearGroup };
  const year = /^(?:year|yr|y|blwyddyn|bl|ncyear|nc)?0*(\d{1,2})$/.exec(c);
  const n = year ? Number(year[1]) : NaN;
  return n >= 1 && n <= 14 ? { value: String(n) as ImportYearGroup } : { problem: 'yearGroup' };
}

const YES = new Set(['yes', 'y', 'true', 't', '1', 'ie', 'ydy', 'oes']);
const NO = new Set(['no', 'n', 'false', 'f', '0', 'na', 'nac', 'nagoes', 'nagydy']);

/** Yes/No, Y/N, True/False, 1/0 (and Ie/Na). */
export function readBoolean(cell: string): Read<boolean> {
  if (blank(cell)) return { value: undefined };
  const c = compact(cell);
  if (YES.has(c)) return { value: true };
  return NO.has(c) ? { value: false } : { problem: 'boolean' };
}

const MEDIUM: Record<string, ImportMedium> = {
  en: 'en',
  eng: 'en',
  english: 'en',
  saesneg: 'en',
  cy: 'cy',
  cym: 'cy',
  welsh: 'cy',
  cymraeg: 'cy',
  bilingual: 'bilingual',
  dwyieithog: 'bilingual',
  both: 'bilingual',
};

export function readMedium(cell: string): Read<ImportMedium> {
  if (blank(cell)) return { value: undefined };
  const c = compact(cell).replace(/^cyfrwng|medium$/g, '');
  const found = MEDIUM[c];
  return found ? { value: found } : { problem: 'medium' };
}

/** Normalised as the learner form does (spaces gone, capitals); the check letter must be right. */
export function readUpn(cell: string): Read<string> {
  if (blank(cell)) return { value: undefined };
  const upn = normalizeUpn(cell);
  const problem = upnProblem(upn);
  return problem ? { problem } : { value: upn };
}

/** 'Welsh, English' or 'Polish; English' or 'Urdu/English'. */
export function readLanguages(cell: string): Read<string[]> {
  if (blank(cell)) return { value: undefined };
  const list = [...new Set(cell.split(/[,;/|]/).map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean))];
  if (list.some((l) => l.length > 80)) return { problem: 'tooLong' };
  return list.length > 20 ? { problem: 'tooManyLanguages' } : { value: list };
}

type Reader = (cell: string, today: string) => Read<unknown>;

/** Field lengths match the learner schema (shared/schemas/learner.ts). */
export const READERS: { [F in ImportField]: Reader } = {
  legalFirstName: (c) => readText(c, 100),
  legalLastName: (c) => readText(c, 100),
  preferredName: (c) => readText(c, 100),
  dateOfBirth: readDate,
  upn: readUpn,
  yearGroup: readYearGroup,
  registrationGroup: (c) => readText(c, 40),
  homeLanguages: readLanguages,
  lookedAfter: readBoolean,
  eal: readBoolean,
  medium: readMedium,
};

export interface ImportProblem {
  field: ImportField | null;
  code: ProblemCode;
  /** For a duplicate: the earlier row with the same UPN. */
  row?: number;
}

/**
 * Reads the cells given for each field. A blank cell is "not given" (an update leaves that field as it is),
 * except in a name or date-of-birth column, where a blank is a problem: the MIS should always have those.
 */
export function readValues(raw: Partial<Record<ImportField, string>>, today: string): { values: Partial<ImportValues>; problems: ImportProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: ImportProblem[] = [];
  for (const field of IMPORT_FIELDS) {
    const cell = raw[field];
    if (cell === undefined) continue;
    const read = READERS[field](cell, today);
    if ('problem' in read) problems.push({ field, code: read.problem });
    else if (read.value !== undefined) values[field] = read.value;
    else if (REQUIRED_FOR_NEW.includes(field)) problems.push({ field, code: 'required' });
  }
  return { values: values as Partial<ImportValues>, problems };
}
