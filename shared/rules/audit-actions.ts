/**
 * What the audit screen calls each stored action. The log stores actions as `domain.verb` strings; the screen
 * groups them into the categories a coordinator filters by (issue 8: viewed, created, changed, exported, printed,
 * deleted, unlocked, failed unlock, locked). One table, so the screen, the SQL filter and the test that scans the
 * core for actions all read the same list: an action missing here falls to 'other', and that test fails.
 */
import type { AuditCategory } from '../schemas/audit';

export const AUDIT_ACTIONS: Readonly<Record<string, AuditCategory>> = {
  // The vault: setting up, unlocking, locking and the passphrase.
  'vault.setup': 'created',
  'vault.unlocked': 'unlocked',
  'vault.recovered': 'unlocked',
  'vault.unlock_failed': 'failedUnlock',
  // A wrong current passphrase when changing it: a failed passphrase check, as a failed unlock is.
  'vault.passphrase_change_refused': 'failedUnlock',
  'vault.passphrase_changed': 'changed',
  'vault.locked': 'locked',

  // Opening a learner's record or one of their documents.
  'learner.viewed': 'viewed',
  'profile.viewed': 'viewed',
  'opp_plus.viewed': 'viewed',
  'idp.viewed': 'viewed',
  'review.viewed': 'viewed',

  // The register.
  'learner.created': 'created',
  'learner.imported': 'created',
  'import.committed': 'created',
  'learner.updated': 'changed',
  'learner.archived': 'changed',
  'learner.restored': 'changed',
  'learner.photo_set': 'changed',
  'learner.photo_removed': 'changed',
  'learner.legal_hold_placed': 'changed',
  'learner.legal_hold_removed': 'changed',
  'learner.deleted': 'deleted',
  'learner.subject_access_exported': 'exported',
  'contact.created': 'created',
  'contact.updated': 'changed',
  'contact.deleted': 'deleted',

  // School set-up: staff, need codes, the calendar, the intervention catalogue.
  'staff.created': 'created',
  'codes.saved': 'changed',
  'codes.list_chosen': 'changed',
  'calendar.saved': 'changed',
  'catalogue.created': 'created',
  'catalogue.updated': 'changed',
  'catalogue.retired': 'changed',
  'catalogue.restored': 'changed',

  // One-page profiles.
  'profile.created': 'created',
  'profile.new_version': 'created',
  'profile.items_saved': 'changed',
  'profile.updated': 'changed',
  'profile.photo_set': 'changed',
  'profile.photo_cleared': 'changed',
  'profile.printed': 'printed',
  'profiles.transition_printed': 'printed',
  'profile.exported': 'exported',

  // OPP+ plans, their interventions and measures.
  'opp_plus.started': 'created',
  'opp_plus.updated': 'changed',
  'opp_plus.printed': 'printed',
  'opp_plus.exported': 'exported',
  'intervention.added': 'created',
  'intervention.updated': 'changed',
  'intervention.next_step': 'changed',
  'intervention.removed': 'deleted',
  'measure.added': 'created',
  'measure.updated': 'changed',
  'measure.removed': 'deleted',

  // IDPs.
  'idp.draft_started': 'created',
  'idp.section_saved': 'changed',
  'idp.refreshed': 'changed',
  'idp.language_set': 'changed',
  'idp.issued': 'changed',
  'idp.ceased': 'changed',
  'idp.draft_discarded': 'deleted',
  'idp.printed': 'printed',
  'idp.exported': 'exported',
  'idp.case_pack_exported': 'exported',

  // Reviews.
  'review.scheduled': 'created',
  'review.updated': 'changed',
  'review.recorded': 'changed',
  'review.cancelled': 'changed',
  'review.decided': 'changed',
  'review.action_marked': 'changed',
  'review.sheets_printed': 'printed',
  'review.printed': 'printed',
  'review.sheets_exported': 'exported',
  'review.exported': 'exported',

  // Keeping records safe (issue 8). A backup is a copy of the whole store leaving the database file (encrypted,
  // but still a copy to account for); a restore replaces what is held; a transfer in adds records.
  'backup.made': 'exported',
  'backup.restored': 'changed',
  'transfer.exported': 'exported',
  'transfer.imported': 'created',
  'retention.destroyed': 'deleted',
  'retention.policy_changed': 'changed',
};

const has = (action: string): boolean => Object.prototype.hasOwnProperty.call(AUDIT_ACTIONS, action);

/** The category an action is filed under; an action this table does not know is 'other'. */
export function auditCategory(action: string): AuditCategory {
  return has(action) ? AUDIT_ACTIONS[action]! : 'other';
}

/** Every action filed under `category` (for 'other': only those mapped to it on purpose, if any). */
export function actionsIn(category: AuditCategory): string[] {
  return Object.keys(AUDIT_ACTIONS).filter((a) => AUDIT_ACTIONS[a] === category);
}

/** Every action filed under a category other than 'other': an action outside this list is 'other'. */
export function categorisedActions(): string[] {
  return Object.keys(AUDIT_ACTIONS).filter((a) => AUDIT_ACTIONS[a] !== 'other');
}
