/** How the audit screen says things: each action in plain words, the category colours, times and counts. */
import type { AuditCategory, AuditEntry } from '../../../../shared/schemas/audit';
import type { Language } from '../../../../shared/schemas/settings';
import type { Translate } from '../../i18n';

/** Badge colours; the text is drawn in shade 9 of each, which keeps WCAG AA contrast on the light badge. */
export const CATEGORY_COLOUR: Record<AuditCategory, string> = {
  viewed: 'blue',
  created: 'teal',
  changed: 'indigo',
  exported: 'orange',
  printed: 'grape',
  deleted: 'red',
  unlocked: 'green',
  failedUnlock: 'red',
  locked: 'gray',
  other: 'gray',
};

/** The action in plain words; one the screen has no words for (from a newer version, say) is named as stored. */
export function actionWords(t: Translate, action: string): string {
  const key = `audit.actions.${action}`;
  const words = t(key);
  return words === key ? t('audit.unknownAction', { action }) : words;
}

/** Who did it: the person's name; a failed unlock has nobody signed in, so it is someone at the lock screen. */
export function actorWords(t: Translate, e: Pick<AuditEntry, 'actorName' | 'category'>): string {
  if (e.actorName) return e.actorName;
  return e.category === 'failedUnlock' ? t('audit.atLockScreen') : t('audit.unknownActor');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A stored time as the local date and time to the second, day first, in both languages: 05/03/2026 14:07:09.
 * Written out by hand: Chromium's own Welsh date format is not always there, and it falls back to month first.
 * The language is accepted for callers that pass it (the backup screens) and changes nothing.
 */
export function formatWhen(iso: string, _language?: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** 1,234 in both languages (Welsh groups digits the same way). */
export function formatCount(n: number): string {
  return new Intl.NumberFormat('en-GB').format(n);
}
