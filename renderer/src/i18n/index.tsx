/**
 * A small i18n layer: nested JSON catalogues (en, cy), `{name}` interpolation, and plural forms chosen with
 * Intl.PluralRules (Welsh has six plural categories). A missing key shows the key itself, and a unit test keeps
 * the two catalogues' keys identical.
 */
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../../shared/schemas/settings';
import cy from './cy.json';
import en from './en.json';

type Catalogue = { [key: string]: string | string[] | Catalogue };
export const CATALOGUES: Record<Language, Catalogue> = { en, cy };

export type Vars = Record<string, string | number>;
export type Translate = (key: string, vars?: Vars) => string;

function lookup(catalogue: Catalogue, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalogue)[part] : undefined), catalogue);
}

export function translate(language: Language, key: string, vars: Vars = {}): string {
  let found = lookup(CATALOGUES[language], key);
  if (found && typeof found === 'object' && !Array.isArray(found) && typeof vars.count === 'number') {
    const forms = found as Record<string, string>;
    found = forms[new Intl.PluralRules(language).select(vars.count)] ?? forms.other;
  }
  if (typeof found !== 'string') return key;
  return found.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translateList(language: Language, key: string): string[] {
  const found = lookup(CATALOGUES[language], key);
  return Array.isArray(found) ? found : [];
}

interface I18n {
  language: Language;
  t: Translate;
  list: (key: string) => string[];
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const t = useCallback<Translate>((key, vars) => translate(language, key, vars), [language]);
  const value = useMemo(() => ({ language, t, list: (key: string) => translateList(language, key) }), [language, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
