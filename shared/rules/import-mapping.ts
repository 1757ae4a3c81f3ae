/**
 * Which CSV column holds which learner field. Headers are recognised whatever their case, spacing or punctuation
 * ("Legal Forename", "legal_forename", "LEGAL FORENAME" are one header), from the names SIMS, Arbor and
 * Wonde-style exports use. Pure, so the renderer shows the same suggestion the core would make.
 */
import { IMPORT_FIELDS, REQUIRED_FOR_NEW, type ImportField } from './import-values';

/** Column index (as a string: it travels as a JSON object key) → field, or null to ignore the column. */
export type ColumnMapping = Record<string, ImportField | null>;

/**
 * Header names per field, most specific first: where an export has both "Legal Forename" and "Forename", the
 * legal one is taken for the legal name.
 */
export const HEADER_ALIASES: { [F in ImportField]: readonly string[] } = {
  upn: ['upn', 'uniquepupilnumber', 'pupilupn', 'studentupn', 'upnnumber', 'rhifunigrdisgybl'],
  legalFirstName: ['legalforename', 'legalfirstname', 'legalgivenname', 'forename', 'firstname', 'forenames', 'givenname', 'pupilforename', 'studentfirstname', 'enwcyntaf'],
  legalLastName: ['legalsurname', 'legallastname', 'legalfamilyname', 'surname', 'lastname', 'familyname', 'pupilsurname', 'studentlastname', 'cyfenw'],
  preferredName: ['preferredforename', 'preferredfirstname', 'preferredname', 'knownas', 'chosenname', 'enwdewisol'],
  dateOfBirth: ['dob', 'dateofbirth', 'birthdate', 'dateofbirthddmmyyyy', 'pupildob', 'dyddiadgeni'],
  yearGroup: ['yeargroup', 'year', 'ncyear', 'ncyearactual', 'curriculumyear', 'nationalcurriculumyear', 'yr', 'blwyddyn', 'grwpblwyddyn'],
  registrationGroup: ['reggroup', 'registrationgroup', 'regroup', 'form', 'formgroup', 'tutorgroup', 'class', 'registrationclass', 'dosbarth'],
  homeLanguages: ['homelanguage', 'homelanguages', 'firstlanguage', 'mainlanguage', 'iaithycartref', 'iaithgyntaf'],
  lookedAfter: ['incare', 'lookedafter', 'cla', 'lac', 'childlookedafter', 'lookedafterchild', 'mewngofal'],
  eal: ['eal', 'englishasanadditionallanguage', 'ealstatus', 'saesnegfelifaithychwanegol'],
  medium: ['medium', 'languagemedium', 'teachingmedium', 'mediumofinstruction', 'cyfrwng', 'cyfrwngiaith'],
};

/** "Legal Forename", "legal_forename", "LEGAL-FORENAME" and "Légal forename" all become "legalforename". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The suggested mapping: each field taken at most once, by the most specific header that names it. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const mapping: ColumnMapping = Object.fromEntries(headers.map((_, i) => [String(i), null]));
  for (const field of IMPORT_FIELDS) {
    for (const alias of HEADER_ALIASES[field]) {
      const column = keys.findIndex((k, i) => k === alias && mapping[String(i)] === null);
      if (column >= 0) {
        mapping[String(column)] = field;
        break;
      }
    }
  }
  return mapping;
}

export type MappingProblem = { kind: 'twice'; field: ImportField } | { kind: 'noSuchColumn'; column: number };

/** A mapping the import can use: every column it names exists, and no field is taken from two columns. */
export function mappingProblem(mapping: ColumnMapping, columns: number): MappingProblem | null {
  const seen = new Set<ImportField>();
  for (const [key, field] of Object.entries(mapping)) {
    if (Number(key) >= columns) return { kind: 'noSuchColumn', column: Number(key) };
    if (field === null) continue;
    if (seen.has(field)) return { kind: 'twice', field };
    seen.add(field);
  }
  return null;
}

/** The fields a new learner needs that no column provides (each row can still supply them as fixes). */
export function unmappedRequired(mapping: ColumnMapping): ImportField[] {
  const mapped = new Set(Object.values(mapping));
  return REQUIRED_FOR_NEW.filter((f) => !mapped.has(f));
}

/** The cells of one row, by field; a fix typed in the preview replaces what the file says. */
export function rawValues(cells: readonly string[], mapping: ColumnMapping, fixes: Partial<Record<ImportField, string>> = {}): Partial<Record<ImportField, string>> {
  const raw: Partial<Record<ImportField, string>> = {};
  for (const [key, field] of Object.entries(mapping)) {
    if (field !== null) raw[field] = cells[Number(key)] ?? '';
  }
  for (const field of IMPORT_FIELDS) {
    const fix = fixes[field];
    if (fix !== undefined) raw[field] = fix;
  }
  return raw;
}
