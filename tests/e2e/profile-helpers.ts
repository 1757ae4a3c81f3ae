/** Helpers for the one-page profile specs: typed core calls, reading the saved PDFs, the words written. */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Core } from '../../electron/core/index';
import type { ChannelName, Input, Output } from '../../shared/ipc';

/** A core call that must succeed. */
export async function call<C extends ChannelName>(core: Core | null, channel: C, input: Input<C>): Promise<Output<C>> {
  if (!core) throw new Error('these specs set data up through the in-process core');
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export async function pdfPageCount(path: string): Promise<number> {
  return (await PDFDocument.load(readFileSync(path))).getPageCount();
}

/**
 * The PDF's text with every space and line break removed, so words wrapped across lines still match. `-raw` keeps
 * the order the text was drawn in: `-layout` would interleave the lines of a box's two columns.
 */
export function pdfTextSquashed(path: string): string {
  return squash(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }));
}

export const squash = (s: string) => s.replace(/\s+/g, '');

/** The first page of a PDF as a PNG in the test's output folder, to look at. */
export function pdfToPng(path: string, info: TestInfo, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, info.outputPath(name)]);
}

/** WCAG 2 A and AA rules from axe-core, on the whole page as it stands (as in accessibility.spec.ts). */
export async function violations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`);
}

type Section = 'appreciation' | 'importantTo' | 'support';
type Contributor = 'learner' | 'parent' | 'staff';
export interface Said {
  section: Section;
  text: string;
  contributor: Contributor;
  firstPerson: boolean;
  importantFor: boolean;
}

const said = (section: Section, contributor: Contributor, text: string, importantFor = false): Said => ({
  section,
  text,
  contributor,
  firstPerson: contributor === 'learner',
  importantFor,
});

/** A profile written with Gwen, her mum and school: three voices in each section, one support item important FOR her. */
export const GWEN: Said[] = [
  said('appreciation', 'learner', 'I am good at drawing dragons and I help my friends when they are sad.'),
  said('appreciation', 'parent', 'Gwen is kind, funny and very patient with her little brother.'),
  said('appreciation', 'staff', 'Gwen works hard in maths and always tries again when something is tricky.'),
  said('importantTo', 'learner', 'Playing football at break time with Cerys and Osian.'),
  said('importantTo', 'parent', 'Seeing her Nain every Sunday and feeding the chickens.'),
  said('importantTo', 'staff', 'Knowing what is happening next, with the timetable on her desk.'),
  said('support', 'learner', 'Give me a quiet warning five minutes before things change.'),
  said('support', 'parent', 'Let her squeeze a stress ball when she is worried.'),
  said('support', 'staff', 'She needs her inhaler with her for PE and on trips.', true),
];

const ORDER: Section[] = ['appreciation', 'importantTo', 'support'];

/** Three times as long: every item three times over, each copy told apart by when it was said. */
export function threeTimes(items: Said[]): Said[] {
  const again = (term: string) => items.map((i) => ({ ...i, text: `${i.text} Said again in the ${term} term.` }));
  return [...items, ...again('autumn'), ...again('spring')].sort((a, b) => ORDER.indexOf(a.section) - ORDER.indexOf(b.section));
}
