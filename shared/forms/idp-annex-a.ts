/**
 * The IDP standard form (ALN Code 2021, Annex A; domain.md §2.3): the parts and sections in statutory order, their
 * headings in English and Welsh, the parts of a provision element, and which headings the research could not
 * verify. The text lives in idp-annex-a.json, so a heading checked against the published form is corrected there,
 * without touching code; the editor's outline, the quality checks, the print and the Word export all read it.
 * The JSON is checked here when the app loads: a malformed file stops the app with a message naming the fault,
 * rather than drawing a plan with a section missing or out of order.
 */
import { z } from 'zod';
import form from './idp-annex-a.json' with { type: 'json' };

export const IDP_FORM_CODE = 'WAL_IDP_ANNEX_A_2021';

/** The sections the plan's content holds (shared/schemas/idp.ts), one each; the JSON gives their order and text. */
export const IDP_SECTION_IDS = [
  'coreDetails', 'administration', 'aboutMe', 'views', 'alnDescription', 'provision', 'otherProvision', 'laProvision',
  'transition', 'reasons', 'informationUsed', 'timeline', 'appendices',
] as const;
export type IdpSectionId = (typeof IDP_SECTION_IDS)[number];

const PROVISION_PART_IDS = ['outcome', 'provision', 'welsh', 'provider', 'start', 'reviewOrEnd', 'rationale'] as const;
type ProvisionPartId = (typeof PROVISION_PART_IDS)[number];

const Text = z.string().refine((s) => s.trim() !== '', 'a heading needs words in both English and Welsh');
const Heading = z.strictObject({ en: Text, cy: Text });
const PartKey = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('appendix')]);
const Part = z.strictObject({ heading: Heading, verified: z.boolean() });

const Section = z.strictObject({
  id: z.enum(IDP_SECTION_IDS),
  /** The form's own numbering, where it has one. */
  key: z.string().min(1).nullable(),
  /** The part of the form it belongs to (Section 1, 2, 3, 4), for the export's top-level headings. */
  part: PartKey,
  heading: Heading,
  /** Whether every plan must fill it in; `laOnly` sections appear only in plans the LA maintains. */
  required: z.boolean(),
  laOnly: z.boolean(),
  verified: z.boolean(),
});

const ProvisionPart = z.strictObject({ key: z.string().regex(/^2B\.\d$/), id: z.enum(PROVISION_PART_IDS), heading: Heading });

const partRank = (p: z.infer<typeof PartKey>) => (p === 'appendix' ? 5 : p);
const repeats = (xs: (string | null)[]) => xs.filter((x, i) => x !== null && xs.indexOf(x) !== i);

/** The form file's shape, and the rules that keep the export in statutory order. */
export const IdpFormFile = z
  .strictObject({
    about: z.string(),
    code: z.literal(IDP_FORM_CODE),
    parts: z.strictObject({ 1: Part, 2: Part, 3: Part, 4: Part, appendix: Part }),
    sections: z.array(Section),
    provisionParts: z.array(ProvisionPart),
  })
  .superRefine((f, ctx) => {
    const fault = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    const ids = f.sections.map((s) => s.id);
    for (const id of IDP_SECTION_IDS) if (!ids.includes(id)) fault(`section "${id}" is missing`, ['sections']);
    for (const id of repeats(ids)) fault(`section "${id}" is listed twice`, ['sections']);
    for (const key of repeats(f.sections.map((s) => s.key))) fault(`the key "${key}" is used twice`, ['sections']);
    f.sections.forEach((s, i) => {
      if (i > 0 && partRank(s.part) < partRank(f.sections[i - 1]!.part)) fault(`section "${s.id}" comes after a later part: list sections in statutory order`, ['sections', i, 'part']);
    });
    // The statutory order itself is fixed (the editor, checks and exports follow it): only headings are data to correct.
    if (ids.length === IDP_SECTION_IDS.length && ids.join() !== IDP_SECTION_IDS.join()) fault(`the sections must be in statutory order: ${IDP_SECTION_IDS.join(', ')}`, ['sections']);
    const partIds = f.provisionParts.map((p) => p.id);
    if (partIds.join() !== PROVISION_PART_IDS.join()) fault(`the provision parts must be ${PROVISION_PART_IDS.join(', ')}, in that order`, ['provisionParts']);
    for (const key of repeats(f.provisionParts.map((p) => p.key))) fault(`the key "${key}" is used twice`, ['provisionParts']);
  });

/** Reads a form file, or throws naming the file and each fault (path: message). */
export function parseIdpForm(data: unknown): z.infer<typeof IdpFormFile> {
  const result = IdpFormFile.safeParse(data);
  if (result.success) return result.data;
  const faults = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
  throw new Error(`The IDP form definition (shared/forms/idp-annex-a.json) is not valid. ${faults.join('; ')}`);
}

const FORM = parseIdpForm(form);

export type IdpSectionDef = z.infer<typeof Section>;
type PartId = IdpSectionDef['part'];

/** The parts' top-level headings, keyed by part; `verified: false` for the parts Annex A research did not confirm. */
export const IDP_PARTS: Record<PartId, { en: string; cy: string; verified: boolean }> = {
  1: { ...FORM.parts[1].heading, verified: FORM.parts[1].verified },
  2: { ...FORM.parts[2].heading, verified: FORM.parts[2].verified },
  3: { ...FORM.parts[3].heading, verified: FORM.parts[3].verified },
  4: { ...FORM.parts[4].heading, verified: FORM.parts[4].verified },
  appendix: { ...FORM.parts.appendix.heading, verified: FORM.parts.appendix.verified },
};

export const IDP_SECTIONS: readonly IdpSectionDef[] = FORM.sections;

/** The sections a plan shows: LA-only ones only when the LA maintains it. */
export function sectionsFor(maintainedBy: 'school' | 'fei' | 'la'): IdpSectionDef[] {
  return IDP_SECTIONS.filter((s) => !s.laOnly || maintainedBy === 'la');
}

/** The parts of each provision element (2B.1–2B.7), in order, with their labels. */
export const PROVISION_PARTS: readonly { key: string; id: ProvisionPartId; heading: { en: string; cy: string } }[] = FORM.provisionParts;
