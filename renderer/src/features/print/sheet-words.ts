/**
 * The words of a printed OPP+ action plan (shared/rules/opp-plus-sheet.ts) from the i18n catalogue: the editor's
 * own words for areas, statuses, next steps, times and its checks, so the page says what the screen says.
 */
import { useMemo } from 'react';
import { DELIVERY_LANGUAGES, INTERVENTION_STATUSES, MEASURE_PHASES, NEED_AREAS, NEXT_STEPS } from '../../../../shared/rules/interventions';
import { LABELLED_FIELDS, SHEET_PROBLEMS, type SheetWords } from '../../../../shared/rules/opp-plus-sheet';
import { useI18n, type Translate } from '../../i18n';
import { formatDate } from '../learner/labels';
import { ageUnits, formatTime } from '../opp-plus/labels';

export function sheetWords(t: Translate): SheetWords {
  const each = <K extends string>(prefix: string, keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>;
  const own = (key: string) => `oppPlusPrint.words.${key}`;
  return {
    fields: each(own('fields'), LABELLED_FIELDS),
    ageUnits: ageUnits(t),
    areas: each('interventions.areas', NEED_AREAS),
    statuses: each('interventions.statuses', INTERVENTION_STATUSES),
    languages: each('interventions.languages', DELIVERY_LANGUAGES),
    phases: each('interventions.phases', MEASURE_PHASES),
    nextSteps: each('oppPlus.nextStep', NEXT_STEPS),
    problems: each('oppPlus.checks', SHEET_PROBLEMS),
    vague: (m) => t('oppPlus.checks.vague', { words: m.text, suggestion: t(`oppPlus.checks.suggest.${m.id}`) }),
    date: formatDate,
    notSet: t(own('notSet')),
    yes: t('common.yes'),
    no: t('common.no'),
    notMeasured: t(own('notMeasured')),
    notYet: t('oppPlus.impact.notYet'),
    targetScore: (score) => t(own('targetScore'), { score }),
    byDate: (date) => t('oppPlus.card.by', { date }),
    schedule: (perWeek, minutes, weeks) => t(own('schedule'), { perWeek, minutes, weeks }),
    span: (start, end) => t(own('span'), { start, end }),
    sessions: (delivered, planned) => t('oppPlus.card.sessionsOf', { delivered, planned }),
    staffPerTerm: (weeks) => t(own('staffPerTerm'), { weeks }),
    duration: (minutes) => formatTime(t, minutes),
  };
}

export function useSheetWords(): SheetWords {
  const { t } = useI18n();
  return useMemo(() => sheetWords(t), [t]);
}
