import { describe, expect, it } from 'vitest';
import cy from '../../renderer/src/i18n/cy.json';
import en from '../../renderer/src/i18n/en.json';
import { translate, translateList } from '../../renderer/src/i18n/index';

type Node = string | string[] | { [k: string]: Node };

/** Every leaf key, with plural forms collapsed (Welsh and English have different plural categories). */
function leaves(node: Node, prefix = ''): string[] {
  if (typeof node === 'string' || Array.isArray(node)) return [prefix];
  const keys = Object.keys(node);
  if (keys.includes('other') && keys.every((k) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(k))) return [prefix];
  return keys.flatMap((k) => leaves(node[k] as Node, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('English and Welsh have exactly the same keys', () => {
    expect(leaves(cy as Node).sort()).toEqual(leaves(en as Node).sort());
  });

  it('no translation is empty, and lists have the same length', () => {
    for (const key of leaves(en as Node)) {
      expect(translate('en', key), key).not.toBe('');
      expect(translate('cy', key), key).not.toBe('');
    }
    expect(translateList('cy', 'strength.levels')).toHaveLength(translateList('en', 'strength.levels').length);
  });

  it('interpolates and chooses plural forms by language', () => {
    expect(translate('en', 'unlock.failedAttempts', { count: 1 })).toMatch(/^1 failed attempt since/);
    expect(translate('en', 'unlock.failedAttempts', { count: 3 })).toMatch(/^3 failed attempts since/);
    expect(translate('cy', 'unlock.failedAttempts', { count: 2 })).toMatch(/^2 ymgais aflwyddiannus/);
    expect(translate('en', 'settings.idleHelp', { min: 1, max: 240 })).toContain('Between 1 and 240 minutes');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
