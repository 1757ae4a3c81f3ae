/**
 * The one-page profile as a Word document: a pure builder (model in, docx Document out; no database, no files).
 * Pack it with `packDocument` (docx-text.ts), which also puts the user text back exactly as typed.
 *
 * Layout: the school's name in the page header, "One-page profile: <name>" (Heading 1), the photo, the three
 * sections (Heading 2) each a bullet list whose items say who said them, how the person took part, and the
 * "Last updated · Next update" line the domain asks for (domain.md §3). A4, 2 cm margins.
 */
import { HeadingLevel, ImageRun, Paragraph, TextRun, type Document } from 'docx';
import { todayIso } from '../../../shared/rules/dates';
import type { ContributionMethod, Contributor, OwnerKind, Profile, ProfileItem, ProfileSection } from '../../../shared/schemas/profile';
import type { Language } from '../../../shared/schemas/settings';
import { BULLETS, caseloadDocument, QUIET } from './docx-layout';
import { userRuns, userText } from './docx-text';

export { BULLETS };

export interface ProfileDocumentModel {
  profile: Profile;
  ownerName: string;
  schoolName: string;
  /** The learner's register photo (JPEG, as stored), or null for none. */
  photo: { bytes: Buffer; width: number; height: number } | null;
  language: Language;
}

interface Labels {
  title: string;
  fileLabel: string;
  /** The name of a transition print run's PDF. */
  transitionFileLabel: string;
  sections: Record<OwnerKind, Record<ProfileSection, string>>;
  saidBy: string;
  contributors: Record<OwnerKind, Record<Contributor, string>>;
  importantFor: string;
  nothingYet: string;
  tookPart: Record<OwnerKind, string>;
  methods: Record<ContributionMethod, string>;
  /** " and <last>", as the language joins the last of a list. */
  andLast: (last: string) => string;
  lastUpdated: string;
  nextUpdate: string;
  notSet: string;
  photoOf: string;
}

const CONTRIBUTORS_EN = { parent: 'a parent or carer', staff: 'school staff', professional: 'a professional', colleague: 'a colleague' };
const CONTRIBUTORS_CY = { parent: 'rhiant neu ofalwr', staff: 'staff yr ysgol', professional: 'gweithiwr proffesiynol', colleague: 'cydweithiwr' };

export const PROFILE_LABELS: Record<Language, Labels> = {
  en: {
    title: 'One-page profile',
    fileLabel: 'one-page profile',
    transitionFileLabel: 'One-page profiles',
    sections: {
      learner: { appreciation: 'What people appreciate about me', importantTo: 'What is important to me', support: 'How best to support me' },
      staff: { appreciation: 'What colleagues appreciate about me', importantTo: 'What matters to me', support: 'How best to support me' },
    },
    saidBy: 'said by',
    // On a staff profile the "learner" voice is the person themselves.
    contributors: { learner: { learner: 'the learner', ...CONTRIBUTORS_EN }, staff: { learner: 'me', ...CONTRIBUTORS_EN } },
    importantFor: 'important for me',
    nothingYet: 'Nothing added yet.',
    tookPart: { learner: 'How the learner took part', staff: 'How I took part' },
    methods: {
      spoken: 'talking',
      written: 'writing',
      symbols: 'symbols',
      drawing: 'drawing',
      aac: 'a communication aid (AAC)',
      signing: 'signing',
      observation: 'observation',
      other: 'other ways',
    },
    andLast: (last) => ` and ${last}`,
    lastUpdated: 'Last updated',
    nextUpdate: 'Next update',
    notSet: 'not set',
    photoOf: 'Photo of',
  },
  cy: {
    title: 'Proffil un dudalen',
    fileLabel: 'proffil un dudalen',
    transitionFileLabel: 'Proffiliau un dudalen',
    sections: {
      learner: { appreciation: 'Beth mae pobl yn ei werthfawrogi amdanaf i', importantTo: "Beth sy'n bwysig i mi", support: 'Sut i fy nghefnogi orau' },
      staff: { appreciation: 'Beth mae cydweithwyr yn ei werthfawrogi amdanaf i', importantTo: "Beth sy'n bwysig i mi", support: 'Sut i fy nghefnogi orau' },
    },
    saidBy: 'dywedwyd gan',
    contributors: { learner: { learner: 'y dysgwr', ...CONTRIBUTORS_CY }, staff: { learner: 'fi', ...CONTRIBUTORS_CY } },
    importantFor: 'pwysig ar fy nghyfer i',
    nothingYet: "Dim byd wedi'i ychwanegu eto.",
    tookPart: { learner: 'Sut cymerodd y dysgwr ran', staff: 'Sut cymerais i ran' },
    methods: {
      spoken: 'siarad',
      written: 'ysgrifennu',
      symbols: 'symbolau',
      drawing: 'tynnu lluniau',
      aac: 'cymorth cyfathrebu (AAC)',
      signing: 'arwyddo',
      observation: 'arsylwi',
      other: 'ffyrdd eraill',
    },
    // "ac" before a vowel; "a" before a consonant, with the aspirate mutation of c, p, t (a chymorth, a thynnu).
    andLast: (last) => {
      if (/^[aeiouwyâêîôûŵŷ]/i.test(last)) return ` ac ${last}`;
      if (/^[cpt](?!h)/i.test(last)) return ` a ${last[0]}h${last.slice(1)}`;
      return ` a ${last}`;
    },
    lastUpdated: 'Diweddarwyd ddiwethaf',
    nextUpdate: 'Diweddariad nesaf',
    notSet: 'heb ei bennu',
    photoOf: 'Llun o',
  },
};

export const SECTION_ORDER: readonly ProfileSection[] = ['appreciation', 'importantTo', 'support'];

const PHOTO_BOX_PX = 151; // about 4 cm at 96 px to the inch

/** dd/mm/yyyy of an ISO date or timestamp (a timestamp counts on the local calendar day). */
export function ukDate(iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : todayIso(new Date(iso));
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

function listInWords(words: string[], andLast: Labels['andLast']): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')}${andLast(words[words.length - 1]!)}`;
}

function itemParagraph(item: ProfileItem, instance: number, ownerKind: OwnerKind, t: Labels): Paragraph {
  const note = [`${t.saidBy}: ${t.contributors[ownerKind][item.contributor]}`];
  if (item.section === 'support' && item.importantFor) note.push(t.importantFor);
  return new Paragraph({
    numbering: { reference: BULLETS, level: 0, instance },
    children: [
      ...userRuns(item.text, item.firstPerson ? { italics: true } : {}),
      ...note.map((n) => new TextRun({ text: ` (${n})`, color: QUIET })),
    ],
  });
}

function sectionParagraphs(model: ProfileDocumentModel, t: Labels): Paragraph[] {
  const { profile } = model;
  return SECTION_ORDER.flatMap((section, instance) => {
    const items = profile.items.filter((i) => i.section === section);
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: t.sections[profile.ownerKind][section] }),
      ...(items.length
        ? items.map((item) => itemParagraph(item, instance, profile.ownerKind, t))
        : [new Paragraph({ children: [new TextRun({ text: t.nothingYet, color: QUIET })] })]),
    ];
  });
}

function photoParagraph(model: ProfileDocumentModel, t: Labels): Paragraph[] {
  const { photo } = model;
  if (!photo || photo.width <= 0 || photo.height <= 0) return [];
  const scale = PHOTO_BOX_PX / Math.max(photo.width, photo.height);
  const label = userText(`${t.photoOf} ${model.ownerName}`);
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: 'jpg',
          data: photo.bytes,
          transformation: { width: Math.round(photo.width * scale), height: Math.round(photo.height * scale) },
          altText: { name: 'Photo', title: label, description: label },
        }),
      ],
    }),
  ];
}

function closingParagraphs(profile: Profile, t: Labels): Paragraph[] {
  const out: Paragraph[] = [];
  if (profile.methods.length) {
    const ways = listInWords(profile.methods.map((m) => t.methods[m]), t.andLast);
    out.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${t.tookPart[profile.ownerKind]}: ${ways}.` })] }));
  }
  const next = profile.nextUpdateDue ? ukDate(profile.nextUpdateDue) : t.notSet;
  out.push(
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: `${t.lastUpdated} ${ukDate(profile.updatedAt)} · ${t.nextUpdate} ${next}`, size: 18, color: QUIET })],
    }),
  );
  return out;
}

/** The profile under its title: the photo, the three sections, how the person took part and the dates. */
export function profileBody(model: ProfileDocumentModel): Paragraph[] {
  const t = PROFILE_LABELS[model.language];
  return [...photoParagraph(model, t), ...sectionParagraphs(model, t), ...closingParagraphs(model.profile, t)];
}

export function buildProfileDocument(model: ProfileDocumentModel): Document {
  const t = PROFILE_LABELS[model.language];
  return caseloadDocument({ title: t.title, name: model.ownerName, language: model.language, schoolName: model.schoolName, children: profileBody(model) });
}
