/**
 * The category table (shared/rules/audit-actions.ts) stays complete as features are added: the core's source is
 * scanned for every action it can write, and an action that would fall to 'other' fails here, naming the file
 * and line. The audit screen's words for each action are checked in both languages too.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { actionsIn, AUDIT_ACTIONS, auditCategory, categorisedActions } from '../../shared/rules/audit-actions';
import { AuditCategory } from '../../shared/schemas/audit';
import { translate } from '../../renderer/src/i18n';
import { scanSource, scanTree } from './audit-action-scan';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const scan = scanTree(ROOT, resolve(ROOT, 'electron', 'core'));

/** Actions filed under 'other' on purpose (none yet): each needs a reason beside it. */
const INTENTIONALLY_OTHER = new Set<string>([]);

describe('every action the core writes has a category', () => {
  test('the scan finds the actions written in each of the ways the core writes them', () => {
    const found = [...scan.actions.keys()];
    console.info(`audit actions found in electron/core: ${found.length}; in the category table: ${Object.keys(AUDIT_ACTIONS).length}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'learner.viewed', // recordView({ action: 'learner.viewed' … })
        'learner.archived', // a ternary
        'learner.restored',
        'catalogue.retired', // `const action = …` then { action }
        'catalogue.updated',
        'review.sheets_exported', // auditOf(review, 'review.sheets_exported')
        'vault.unlocked', // startSession(key, { action: 'vault.unlocked' })
        'idp.section_saved', // writeContent(…, { action: 'idp.section_saved' … })
        'profile.exported', // saveExport(…, { action: 'profile.exported' … })
      ]),
    );
    expect(found.length).toBeGreaterThanOrEqual(70);
  });

  test('no action is assembled from a template that cannot be read', () => {
    expect(scan.unresolved).toEqual([]);
  });

  test("no action found in the source falls to 'other' unless it is meant to", () => {
    const uncategorised = [...scan.actions]
      .filter(([action]) => auditCategory(action) === 'other' && !INTENTIONALLY_OTHER.has(action))
      .map(([action, places]) => `${action} (${places.join(', ')})`);
    expect(uncategorised).toEqual([]);
  });

  test('the scan can fail: a new action in every form it reads is reported', () => {
    const source = `
      const auditOf = (x: unknown, action: string) => ({ action });
      export async function f(trx: unknown, on: boolean, kind: 'a' | 'b') {
        await appendAudit(trx, { action: 'widget.frobbed' });
        await appendAudit(trx, { action: on ? 'widget.on' : 'widget.off' });
        const action = on ? 'gadget.started' : 'gadget.stopped';
        await appendAudit(trx, { action, actor: null });
        await saveExport(s, p, f, auditOf(1, 'gizmo.exported'));
        await appendAudit(trx, { action: \`doohickey.\${on ? 'set' : 'cleared'}\` });
        await appendAudit(trx, { action: \`thing.\${kind}\` });
        await appendAudit(trx, { action: entry.action });
      }`;
    const result = scanSource('mutant.ts', source);
    const other = [...result.actions.keys()].filter((a) => auditCategory(a) === 'other').sort();
    expect(other).toEqual(['doohickey.cleared', 'doohickey.set', 'gadget.started', 'gadget.stopped', 'gizmo.exported', 'widget.frobbed', 'widget.off', 'widget.on']);
    expect(result.unresolved).toEqual(['mutant.ts:10 `thing.${kind}`']);
  });
});

describe('the category table', () => {
  test('an unknown action, or a name that is a property of every object, is other', () => {
    expect(auditCategory('widget.frobbed')).toBe('other');
    expect(auditCategory('constructor')).toBe('other');
    expect(auditCategory('__proto__')).toBe('other');
    expect(auditCategory('learner.viewed')).toBe('viewed');
    expect(auditCategory('vault.unlock_failed')).toBe('failedUnlock');
  });

  test("every category the screen offers (but 'other') has actions, and the lists split the table exactly", () => {
    const offered = AuditCategory.options.filter((c) => c !== 'other');
    expect(offered.filter((c) => actionsIn(c).length === 0)).toEqual([]);
    expect(offered.flatMap((c) => actionsIn(c)).sort()).toEqual(categorisedActions().sort());
    expect(categorisedActions().length).toBe(Object.keys(AUDIT_ACTIONS).length - INTENTIONALLY_OTHER.size);
  });

  test('the actions other features are adding now are filed sensibly', () => {
    expect(
      Object.fromEntries(
        ['backup.made', 'backup.restored', 'transfer.exported', 'transfer.imported', 'learner.subject_access_exported', 'retention.destroyed', 'learner.legal_hold_placed', 'learner.legal_hold_removed', 'retention.policy_changed'].map((a) => [a, auditCategory(a)]),
      ),
    ).toEqual({
      'backup.made': 'exported',
      'backup.restored': 'changed',
      'transfer.exported': 'exported',
      'transfer.imported': 'created',
      'learner.subject_access_exported': 'exported',
      'retention.destroyed': 'deleted',
      'learner.legal_hold_placed': 'changed',
      'learner.legal_hold_removed': 'changed',
      'retention.policy_changed': 'changed',
    });
  });

  test('every action and category has words on the audit screen, in English and Welsh', () => {
    const keys = [...Object.keys(AUDIT_ACTIONS).map((a) => `audit.actions.${a}`), ...AuditCategory.options.map((c) => `audit.categories.${c}`)];
    for (const language of ['en', 'cy'] as const) {
      expect(keys.filter((k) => translate(language, k) === k)).toEqual([]);
    }
  });
});
