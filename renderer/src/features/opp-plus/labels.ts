/** Words for OPP+ figures: changes, times, attendance, schedules. The figures themselves come from shared/rules. */
import { formatMinutes, formatScore, NEED_AREAS, toolInfo, type AgeUnits, type Better } from '../../../../shared/rules/interventions';
import type { Translate } from '../../i18n';

/** The way ages read in the interface language ("7y 6m", "7bl 6m"). */
export const ageUnits = (t: Translate): AgeUnits => ({ years: t('interventions.ageUnits.years'), months: t('interventions.ageUnits.months') });

/** A score as the person reads it: ages in years and months, other scores as numbers. */
export const scoreText = (t: Translate, tool: string | null, score: number) => formatScore(tool, score, ageUnits(t));

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** A change from baseline to exit: "+9 months" for ages (kept in months), "+3" for scores; "(lower is better)" where so. */
export function formatChange(t: Translate, tool: string | null, change: number | null, better: Better): string {
  if (change === null) return '–';
  const value = toolInfo(tool).kind === 'age' ? t('oppPlus.impact.months', { count: Math.round(change), n: signed(Math.round(change)) }) : signed(change);
  return better === 'lower' ? t('oppPlus.impact.lowerIsBetterValue', { value }) : value;
}

/** "1 h 30 min", "45 min", "2 h". */
export function formatTime(t: Translate, minutes: number): string {
  const { hours, minutes: m } = formatMinutes(minutes);
  if (hours === 0) return t('oppPlus.time.minutes', { m });
  return m === 0 ? t('oppPlus.time.hours', { h: hours }) : t('oppPlus.time.hoursMinutes', { h: hours, m });
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Sessions delivered of those planned, with the share: "18 of 40 (45%)". */
export function attendanceText(t: Translate, delivered: number | null, planned: number | null): string {
  if (delivered === null) return '–';
  if (!planned) return String(delivered);
  return t('oppPlus.impact.attendance', { delivered, planned, pct: percent(delivered / planned) });
}

export function metText(t: Translate, met: boolean | null): string {
  return met === null ? t('oppPlus.impact.notYet') : met ? t('common.yes') : t('common.no');
}

/** "2 sessions a week × 15 min for 20 weeks", leaving out what is not set. */
export function scheduleText(t: Translate, s: { sessionsPerWeek: number | null; sessionMinutes: number | null; durationWeeks: number | null }): string {
  const parts = [
    s.sessionsPerWeek ? t('oppPlus.schedule.sessions', { count: s.sessionsPerWeek }) : null,
    s.sessionMinutes ? t('oppPlus.schedule.minutes', { m: s.sessionMinutes }) : null,
    s.durationWeeks ? t('oppPlus.schedule.weeks', { count: s.durationWeeks }) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : t('oppPlus.schedule.notSet');
}

export const areaOptions = (t: Translate) => NEED_AREAS.map((a) => ({ value: a, label: t(`interventions.areas.${a}`) }));

/** A whole number from a NumberInput, or null while it is empty or half-typed. */
export const numberOrNull = (v: number | string): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
