/** How the backup screens say sizes (times come from the audit screen's formatWhen: one way to show a moment). */
import type { Language } from '../../../../shared/schemas/settings';

export { formatWhen } from '../audit/audit-words';

/** 283 KB, 1.4 MB: one decimal at most, in the app's language. */
export function formatBytes(bytes: number, language: Language): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
  return new Intl.NumberFormat(language === 'cy' ? 'cy-GB' : 'en-GB', { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
