// PLACEHOLDER: helper replaces this file with the real builder.
import type { Language } from '../../../shared/schemas/settings';
export const OPP_PLUS_LABELS: Record<Language, { fileLabel: string }> = { en: { fileLabel: 'OPP+ plan' }, cy: { fileLabel: 'cynllun OPP+' } };
