/**
 * Pure IDP rules: the form definition (shared/forms/idp-annex-a.ts), the quality checks (idp-quality.ts, each code
 * with an example that raises it and one that does not), and the differences between two versions (idp-diff.ts).
 * The complete plan in tests/fixtures/idp-plan.ts is broken one thing at a time. Clocks: idp-clocks.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { IDP_PARTS, IDP_SECTIONS, PROVISION_PARTS, sectionsFor } from '../../shared/forms/idp-annex-a';
import { diffIdp } from '../../shared/rules/idp-diff';
import { blockingCount, checkIdp, provisionProblems, sectionStates, type IdpProblem, type IdpProblemCode } from '../../shared/rules/idp-quality';
import { findVagueWording } from '../../shared/rules/wording';
import { IdpContent } from '../../shared/schemas/idp';
import { IDP_PLAN, laPlan, planWith } from '../fixtures/idp-plan';

describe('the form definition (Annex A)', () => {
  test('every section has an English and a Welsh heading, not blank and not the same words; ids are unique', () => {
    expect(IDP_SECTIONS).toHaveLength(13);
    for (const s of IDP_SECTIONS) {
      expect(s.heading.en.trim(), s.id).not.toBe('');
      expect(s.heading.cy.trim(), s.id).not.toBe('');
      expect(s.heading.cy, s.id).not.toBe(s.heading.en);
      if (s.key) expect(s.heading.en.startsWith(`${s.key}:`) === s.heading.cy.startsWith(`${s.key}:`), s.id).toBe(true);
    }
    for (const p of Object.values(IDP_PARTS)) expect(p.cy).not.toBe(p.en);
    expect(new Set(IDP_SECTIONS.map((s) => s.id)).size).toBe(IDP_SECTIONS.length);
  });

  test('the numbered sections appear in the statutory order, and parts never go backwards', () => {
    expect(IDP_SECTIONS.map((s) => s.key).filter((k) => k !== null)).toEqual(['1A', '1B', '1C', '2A', '2B', '2C', '2D', '3', '4']);
    const parts = IDP_SECTIONS.map((s) => (s.part === 'appendix' ? 5 : s.part));
    expect([...parts].sort((a, b) => a - b)).toEqual(parts);
    expect(IDP_SECTIONS.at(-1)!.id).toBe('appendices');
  });

  test('every key of the plan content is a section of the form and every section is a key of the content', () => {
    expect(Object.keys(IdpContent.shape).sort()).toEqual(IDP_SECTIONS.map((s) => s.id).sort());
    expect(Object.keys(IDP_PLAN)).toEqual(IDP_SECTIONS.map((s) => s.id)); // the fixture is written in form order
    expect(IdpContent.parse(IDP_PLAN)).toEqual(IDP_PLAN);
  });

  test('2D appears only in plans the local authority maintains; every other section in every plan', () => {
    const ids = (by: 'school' | 'fei' | 'la') => sectionsFor(by).map((s) => s.id);
    expect(ids('school')).not.toContain('laProvision');
    expect(ids('fei')).not.toContain('laProvision');
    expect(ids('la')).toContain('laProvision');
    expect(ids('school')).toHaveLength(12);
    expect(ids('la')).toEqual(IDP_SECTIONS.map((s) => s.id));
    expect(IDP_SECTIONS.filter((s) => s.laOnly).map((s) => s.key)).toEqual(['2D']);
  });

  test('the provision parts are 2B.1 to 2B.7 in order, each labelled in English and Welsh', () => {
    expect(PROVISION_PARTS.map((p) => p.key)).toEqual(['2B.1', '2B.2', '2B.3', '2B.4', '2B.5', '2B.6', '2B.7']);
    for (const p of PROVISION_PARTS) {
      expect(p.heading.en.trim(), p.key).not.toBe('');
      expect(p.heading.cy.trim(), p.key).not.toBe('');
      expect(p.heading.cy, p.key).not.toBe(p.heading.en);
    }
  });
});

const codes = (c: IdpContent) => checkIdp(c).map((p) => p.code);
const only = (section: IdpProblem['section'], code: IdpProblemCode, blocking: boolean, rowId?: string) => [{ section, code, blocking, ...(rowId && { rowId }) }];
type Element = IdpContent['provision'][number];
const element2 = (change: Partial<Element>) => planWith((c) => Object.assign(c.provision[1]!, change));

describe('quality checks: each rule raises exactly its own problem, and a plan without the fault raises none', () => {
  test('the complete plan (school and LA) has no problem at all', () => {
    expect(checkIdp(IDP_PLAN)).toEqual([]);
    expect(checkIdp(laPlan())).toEqual([]);
    expect(blockingCount(checkIdp(IDP_PLAN))).toBe(0);
  });

  test('section 1: name, date of birth, responsible person, dates, consent and capacity', () => {
    expect(checkIdp(planWith((c) => void (c.coreDetails.legalName = '')))).toEqual(only('coreDetails', 'missingName', true));
    expect(checkIdp(planWith((c) => void (c.coreDetails.dateOfBirth = null)))).toEqual(only('coreDetails', 'missingDateOfBirth', true));
    expect(checkIdp(planWith((c) => void (c.administration.responsibleName = '  ')))).toEqual(only('administration', 'missingResponsible', true));
    expect(checkIdp(planWith((c) => void (c.administration.startDate = null)))).toEqual(only('administration', 'missingStartDate', true));
    expect(checkIdp(planWith((c) => void (c.administration.reviewTargetDate = null)))).toEqual(only('administration', 'missingReviewDate', true));
    // Consent without details is a prompt, not a gap; capacity issues without details are a gap.
    expect(checkIdp(planWith((c) => void (c.coreDetails.consent = 'given')))).toEqual(only('coreDetails', 'consentDetails', false));
    expect(checkIdp(planWith((c) => Object.assign(c.coreDetails, { consent: 'notGiven', consentDetails: 'Declined at the meeting on 3 March' })))).toEqual([]);
    expect(checkIdp(planWith((c) => void (c.coreDetails.capacityIssues = true)))).toEqual(only('coreDetails', 'capacityDetails', true));
    expect(checkIdp(planWith((c) => Object.assign(c.coreDetails, { capacityIssues: true, capacityDetails: 'Case friend: his aunt' })))).toEqual([]);
  });

  test('views: the learner\'s is required (blocking), the parents\' is prompted (not blocking)', () => {
    expect(checkIdp(planWith((c) => void (c.views = c.views.filter((v) => v.who !== 'learner'))))).toEqual(only('views', 'noLearnerView', true));
    expect(checkIdp(planWith((c) => void (c.views[0]!.text = ' ')))).toEqual(only('views', 'noLearnerView', true)); // a blank view is no view
    expect(checkIdp(planWith((c) => void (c.views = c.views.filter((v) => v.who !== 'parent'))))).toEqual(only('views', 'noParentView', false));
    expect(checkIdp(planWith((c) => void (c.views[1]!.who = 'staff')))).toEqual(only('views', 'noParentView', false));
  });

  test('2A: a need without a description is a gap on that row; at least one need is required', () => {
    expect(checkIdp(planWith((c) => void (c.alnDescription.needs[1]!.description = '')))).toEqual(only('alnDescription', 'needNoDescription', true, 'need-2'));
    expect(checkIdp(planWith((c) => void (c.alnDescription.needs[1]!.whatThisMeansForMe = '')))).toEqual([]);
    // Reasons written but no need recorded: the section is not empty, yet the "at least one" rule still holds.
    expect(checkIdp(planWith((c) => void (c.alnDescription.needs = [])))).toEqual(only('alnDescription', 'sectionEmpty', true));
  });

  test('2B: each of 2B.1–2B.7 missing raises its own code on that element, and nothing else', () => {
    const cases: [Partial<Element>, IdpProblemCode][] = [
      [{ outcome: '' }, 'outcomeMissing'], [{ outcomeMeasure: '' }, 'outcomeNoMeasure'], [{ outcomeDate: null }, 'outcomeNoDate'],
      [{ what: '' }, 'provisionNoWhat'], [{ sessionMinutes: null }, 'provisionNoAmount'], [{ sessionMinutes: 0 }, 'provisionNoAmount'],
      [{ sessionsPerWeek: null }, 'provisionNoFrequency'], [{ deliveredBy: '' }, 'provisionNoDeliverer'], [{ welsh: null }, 'provisionNoLanguage'],
      [{ provider: null }, 'provisionNoProvider'], [{ startDate: null }, 'provisionNoStart'], [{ reviewOrEndDate: null }, 'provisionNoReview'],
      [{ reviewOrEndDate: '2026-11-29' }, 'reviewBeforeStart'], [{ rationale: '' }, 'provisionNoRationale'],
    ];
    for (const [change, code] of cases) expect(checkIdp(element2(change)), code).toEqual(only('provision', code, true, 'prov-2'));
    // Without the fault: a review on the start day, half a session a week, no qualification or location named.
    expect(checkIdp(element2({ reviewOrEndDate: '2026-11-30', sessionsPerWeek: 0.5, qualification: '', location: '', groupSize: '' }))).toEqual([]);
    expect(provisionProblems(IDP_PLAN.provision[0]!)).toEqual([]);
  });

  test('required sections left empty are each reported once; optional ones (2C, timeline, appendices) never', () => {
    const cleared = planWith((c) => {
      c.views = [];
      c.provision = [];
      c.transition = { text: '', actions: [] };
      c.reasons = [];
      c.informationUsed = [];
      c.otherProvision.text = '';
      c.timeline = [];
      c.appendices = [];
    });
    expect(checkIdp(cleared)).toEqual(['views', 'provision', 'transition', 'reasons', 'informationUsed'].map((s) => ({ section: s, code: 'sectionEmpty', blocking: true })));
    expect(codes(planWith((c) => void (c.transition.text = '')))).toEqual([]); // actions alone fill it
  });

  test('differences of opinion must say how they were weighed', () => {
    expect(checkIdp(planWith((c) => void (c.reasons[1]!.howWeighed = '')))).toEqual(only('reasons', 'disagreementNotWeighed', true, 'reason-2'));
    expect(checkIdp(planWith((c) => Object.assign(c.reasons[1]!, { disagreement: false, howWeighed: '' })))).toEqual([]);
  });

  test('2D is never required, not even for the LA; in a school plan its rows are not checked', () => {
    expect(checkIdp(planWith((c) => void (c.laProvision = []), laPlan()))).toEqual([]);
    expect(checkIdp(planWith((c) => void (c.laProvision = laPlan().laProvision)))).toEqual([]);
    expect(sectionStates(laPlan()).laProvision).toBe('complete');
    expect(sectionStates(planWith((c) => void (c.laProvision = []), laPlan())).laProvision).toBe('empty');
    expect(sectionStates(IDP_PLAN)).not.toHaveProperty('laProvision');
  });
});

describe('vague wording', () => {
  const vague = (where: 'outcome' | 'what', words: string) => checkIdp(element2({ [where]: words })).filter((p) => p.code === 'vagueWording');

  test('the five phrases in an outcome or in the provision are flagged, not blocking, with the words as written', () => {
    expect(vague('what', 'Reading practice as required')).toEqual([{ section: 'provision', code: 'vagueWording', rowId: 'prov-2', blocking: false, vague: { id: 'asRequired', text: 'as required' } }]);
    expect(vague('what', 'Access to a laptop')).toMatchObject([{ vague: { id: 'accessTo', text: 'Access to' } }]);
    expect(vague('what', 'Regular phonics sessions with a TA')).toMatchObject([{ vague: { id: 'regular', text: 'Regular' } }]);
    expect(vague('outcome', 'Uses a movement break when appropriate')).toMatchObject([{ vague: { id: 'whenAppropriate', text: 'when appropriate' } }]);
    expect(vague('outcome', 'Gets adult support when needed')).toMatchObject([{ vague: { id: 'whenNeeded', text: 'support when needed' } }]);
    const plan = element2({ what: 'Regular sessions and access to a reader, as needed' });
    // In the order of the phrase list, not of the sentence.
    expect(checkIdp(plan).map((p) => p.vague?.text)).toEqual(['as needed', 'access to', 'Regular']);
    expect(blockingCount(checkIdp(plan))).toBe(0);
    expect(sectionStates(plan).provision).toBe('complete'); // a warning, not a gap
  });

  test('a phrase in both the outcome and the provision is flagged once; concrete wording and other fields are not flagged', () => {
    expect(vague('what', 'Support when needed')).toHaveLength(1);
    expect(checkIdp(element2({ outcome: 'Asks for help as required', what: 'Reader as required' })).filter((p) => p.code === 'vagueWording')).toHaveLength(1);
    for (const words of ['Three 20-minute sessions a week with a trained TA', 'Practises irregular verbs for 10 minutes daily', 'Zones of Regulation group, 1:4, Mondays', 'Accessible texts printed in 14 pt']) {
      expect(vague('what', words), words).toEqual([]);
    }
    expect(checkIdp(element2({ rationale: 'Regular reviews showed slow progress', differenceOfOpinion: 'Parents want access to a scribe' }))).toEqual([]);
  });
});

describe('vague wording in every text that commits to something (2B, 2C, 2D)', () => {
  const flagged = (c: IdpContent) => checkIdp(c).filter((p) => p.code === 'vagueWording');
  const warning = (section: IdpProblem['section'], id: string, text: string, rowId?: string) => ({ section, code: 'vagueWording', blocking: false, ...(rowId && { rowId }), vague: { id, text } });

  test('the measure, group size, who delivers it, where and the organisation of an element are each checked', () => {
    const cases: [keyof Element, string, string, string][] = [
      ['outcomeMeasure', 'Teacher observation as required', 'asRequired', 'as required'],
      ['groupSize', 'Small group when appropriate', 'whenAppropriate', 'when appropriate'],
      ['deliveredBy', 'A TA, regularly', 'regular', 'regularly'],
      ['location', 'Access to the nurture room', 'accessTo', 'Access to'],
      ['providerName', 'Outreach team when needed', 'whenNeeded', 'when needed'],
    ];
    for (const [field, words, id, text] of cases) expect(flagged(element2({ [field]: words })), field).toEqual([warning('provision', id, text, 'prov-2')]);
    // Explanations and a qualification are not commitments: not checked.
    expect(flagged(element2({ qualification: 'Regular training', rationale: 'As required by the EP', differenceOfOpinion: 'Parents want access to a scribe' }))).toEqual([]);
  });

  test('one phrase in several fields of an element is one warning, quoted from the first; two phrases are two', () => {
    expect(flagged(element2({ what: 'Reading, as needed', deliveredBy: 'TA as required' }))).toEqual([warning('provision', 'asRequired', 'as needed', 'prov-2')]);
    expect(flagged(element2({ what: 'Reading, as needed', location: 'Regular room' })).map((p) => p.vague!.id)).toEqual(['asRequired', 'regular']);
  });

  test('2C (other provision) and 2D (provision the LA secures) are checked; 2D only in an LA plan', () => {
    expect(flagged(planWith((c) => void (c.otherProvision.text = 'Taxi to school as required.')))).toEqual([warning('otherProvision', 'asRequired', 'as required')]);
    const la = planWith((c) => void (c.laProvision[0]!.details = 'Board and lodging when appropriate.'), laPlan());
    expect(flagged(la)).toEqual([warning('laProvision', 'whenAppropriate', 'when appropriate', 'la-1')]);
    expect(flagged(planWith((c) => void (c.administration.maintainedBy = 'school'), la))).toEqual([]);
    expect(blockingCount(checkIdp(la))).toBe(0);
  });

  test('Welsh phrases are flagged under the same ids, quoted as written', () => {
    const cases: [string, string, string][] = [
      ['Darllen gyda chynorthwyydd yn ôl yr angen', 'asRequired', 'yn ôl yr angen'],
      ["Amser ychwanegol fel y bo'r angen", 'asRequired', "fel y bo'r angen"],
      ['Mynediad at liniadur', 'accessTo', 'Mynediad at'],
      ["Mynediad i'r ystafell dawel", 'accessTo', 'Mynediad i'],
      ['Sesiynau rheolaidd gyda therapydd', 'regular', 'rheolaidd'],
      ['Darllen yn rheolaidd', 'regular', 'yn rheolaidd'],
      ["Seibiant pan fo'n briodol", 'whenAppropriate', "pan fo'n briodol"],
      ['Ysgrifennydd lle bo’n briodol', 'whenAppropriate', 'lle bo’n briodol'],
      ['Cymorth pan fo angen', 'whenNeeded', 'Cymorth pan fo angen'],
      ['Help os oes angen', 'whenNeeded', 'os oes angen'],
      ['Cyfleoedd i siarad mewn grŵp', 'opportunities', 'Cyfleoedd i'],
      // Mutated forms: the same words after a possessive or an adjective's feminine noun.
      ['Ei fynediad at y cyfrifiadur', 'accessTo', 'fynediad at'],
      ['Sesiwn reolaidd gyda’r nyrs', 'regular', 'reolaidd'],
      ['Ei gyfle i ddarllen yn uchel', 'opportunities', 'gyfle i'],
      ['Ei chyfle i siarad', 'opportunities', 'chyfle i'],
    ];
    for (const [text, id, quoted] of cases) expect(findVagueWording(text), text).toEqual([{ id, text: quoted }]);
    expect(flagged(element2({ what: 'Sesiynau darllen rheolaidd', deliveredBy: 'Cynorthwyydd pan fo angen' }))).toEqual([
      warning('provision', 'regular', 'rheolaidd', 'prov-2'),
      warning('provision', 'whenNeeded', 'pan fo angen', 'prov-2'),
    ]);
  });

  test('concrete Welsh is not flagged: whole words only', () => {
    for (const text of ['Tair sesiwn 20 munud yr wythnos gyda chynorthwyydd', 'Berfau afreolaidd', 'Rheolau’r dosbarth', 'Lle cyfleus i weithio', 'Yn ôl i’r dosbarth am 10:30', 'Mae angen sbectol arno', 'Defnydd priodol o’r gliniadur']) {
      expect(findVagueWording(text), text).toEqual([]);
    }
  });
});

describe('views say who gave them and when', () => {
  test('a view with no date, or no name, is a prompt on that view (not a gap); each is its own problem', () => {
    expect(checkIdp(planWith((c) => void (c.views[1]!.date = null)))).toEqual(only('views', 'viewNoDate', false, 'view-2'));
    expect(checkIdp(planWith((c) => void (c.views[0]!.name = ' ')))).toEqual(only('views', 'viewNoName', false, 'view-1'));
    const both = planWith((c) => Object.assign(c.views[0]!, { name: '', date: null }));
    expect(checkIdp(both)).toEqual([...only('views', 'viewNoDate', false, 'view-1'), ...only('views', 'viewNoName', false, 'view-1')]);
    expect(blockingCount(checkIdp(both))).toBe(0);
    expect(sectionStates(both).views).toBe('complete');
  });

  test('a blank view is no view: it raises the missing view, not the prompts', () => {
    expect(checkIdp(planWith((c) => Object.assign(c.views[0]!, { text: '', name: '', date: null })))).toEqual(only('views', 'noLearnerView', true));
  });
});

describe('section states and the blocking count', () => {
  const EMPTY: IdpContent = {
    coreDetails: { legalName: '', preferredName: '', dateOfBirth: null, upn: '', address: '', setting: '', localAuthority: '', homeLanguages: '', medium: '', consent: 'notApplicable', consentDetails: '', capacityIssues: false, capacityDetails: '' },
    administration: { maintainedBy: 'school', organisation: '', responsibleName: '', responsibleRole: '', responsibleContact: '', startDate: null, reviewTargetDate: null, proposedReviewDate: null },
    aboutMe: { sourceProfileId: null, sourceVersionNumber: null, pulledOn: null, items: [] },
    views: [], alnDescription: { needs: [], reasonsForDecision: '' }, provision: [], otherProvision: { text: '' }, laProvision: [],
    transition: { text: '', actions: [] }, reasons: [], informationUsed: [], timeline: [], appendices: [],
  };

  test('an empty plan: every section empty; the 9 required ones are blocking gaps, for the school and the LA alike', () => {
    expect(Object.values(sectionStates(EMPTY))).toEqual(Array(12).fill('empty'));
    expect(blockingCount(checkIdp(EMPTY))).toBe(9);
    const la = planWith((c) => void (c.administration.maintainedBy = 'la'), EMPTY);
    expect(blockingCount(checkIdp(la))).toBe(9);
    expect(Object.keys(sectionStates(la))).toHaveLength(13);
  });

  test('complete, needs work (a blocking problem) and empty, side by side', () => {
    expect(new Set(Object.values(sectionStates(IDP_PLAN)))).toEqual(new Set(['complete']));
    const mixed = planWith((c) => {
      c.views.pop(); // no parent view: a prompt only, still complete
      c.provision[0]!.startDate = null; // a gap: needs work
      c.provision[2]!.deliveredBy = ''; // a second gap in the same section
      c.informationUsed = []; // required and empty
      c.timeline = []; // optional and empty
    });
    expect(sectionStates(mixed)).toMatchObject({ views: 'complete', provision: 'needsWork', informationUsed: 'empty', timeline: 'empty', reasons: 'complete' });
    expect(checkIdp(mixed)).toHaveLength(4);
    expect(blockingCount(checkIdp(mixed))).toBe(3); // 2 provision gaps + the empty record of information
  });
});

describe('differences between two versions', () => {
  test('an unchanged plan, and rows re-created with the same words (a refreshed profile), show no difference', () => {
    expect(diffIdp(IDP_PLAN, structuredClone(IDP_PLAN))).toEqual([]);
    const refreshed = planWith((c) => c.aboutMe.items.forEach((i, n) => void (i.id = `fresh-${n}`)));
    expect(diffIdp(IDP_PLAN, refreshed)).toEqual([]);
  });

  test('a field change names its section and field, with the words before and after', () => {
    const after = planWith((c) => void (c.administration.responsibleName = 'Owain Rees'));
    expect(diffIdp(IDP_PLAN, after)).toEqual([{ section: 'administration', changes: [{ kind: 'changed', field: 'responsibleName', before: 'Alys Pritchard', after: 'Owain Rees' }] }]);
  });

  test('a row added, a row removed and a row changed, each with its 1-based row number', () => {
    const added = planWith((c) => void c.provision.push({ ...c.provision[0]!, id: 'prov-4', outcome: 'Spells 20 of 25 Year 4 words correctly' }));
    expect(diffIdp(IDP_PLAN, added)).toEqual([{ section: 'provision', changes: [expect.objectContaining({ kind: 'added', row: 4, before: '' })] }]);
    expect(diffIdp(IDP_PLAN, added)[0]!.changes[0]!.after).toContain('Spells 20 of 25 Year 4 words correctly');

    const removed = planWith((c) => void c.provision.splice(1, 1));
    expect(diffIdp(IDP_PLAN, removed)).toEqual([{ section: 'provision', changes: [expect.objectContaining({ kind: 'removed', row: 2, after: '' })] }]);
    expect(diffIdp(IDP_PLAN, removed)[0]!.changes[0]!.before).toContain('Word-finding games');

    const changed = planWith((c) => void (c.provision[2]!.sessionMinutes = 20));
    expect(diffIdp(IDP_PLAN, changed)).toEqual([{ section: 'provision', changes: [{ kind: 'changed', row: 3, field: 'sessionMinutes', before: '15', after: '20' }] }]);
    const nested = planWith((c) => void (c.transition.actions[0]!.owner = 'Class teacher'));
    expect(diffIdp(IDP_PLAN, nested)).toEqual([{ section: 'transition', changes: [{ kind: 'changed', row: 1, field: 'owner', before: 'ALNCo', after: 'Class teacher' }] }]);
  });

  test('several sections changed come back in the order of the form', () => {
    const after = planWith((c) => {
      c.appendices = [];
      c.coreDetails.preferredName = 'Elis';
      c.views[0]!.verbatim = false;
    });
    expect(diffIdp(IDP_PLAN, after).map((d) => d.section)).toEqual(['coreDetails', 'views', 'appendices']);
    expect(diffIdp(IDP_PLAN, after)[1]!.changes).toEqual([{ kind: 'changed', row: 1, field: 'verbatim', before: 'true', after: 'false' }]);
  });
});
