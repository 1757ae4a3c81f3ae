import type { Handlers } from '../dispatch';
import type { Emit } from '../events';
import { saveExport } from '../export/save';
import type { Platform } from '../platform';
import { cancelPrintJob, printableProfile, printOnPaper, printToPdf, printTransition } from '../services/print';
import { oppPlusDocx, printableOppPlus } from '../services/opp-plus-export';
import { casePack, listDisclosures } from '../services/case-pack';
import { idpDocx, printableIdp } from '../services/idp-export';
import { profileDocx } from '../services/profile-export';
import type { SettingsStore } from '../settings';
import { readSettings } from '../settings';
import type { VaultService } from '../services/vault';

export const printHandlers = (vault: VaultService, platform: Platform, emit: Emit, settings: SettingsStore) => {
  const language = () => readSettings(settings).language;
  return {
    'print.profile': async ({ profileId }) => printToPdf(vault.current(), platform, await printableProfile(vault.current(), profileId, language())),
    'print.profileToPrinter': async ({ profileId }) => printOnPaper(vault.current(), platform, await printableProfile(vault.current(), profileId, language())),
    'print.oppPlus': async ({ learnerId }) => printToPdf(vault.current(), platform, await printableOppPlus(vault.current(), learnerId, language())),
    'print.oppPlusToPrinter': async ({ learnerId }) => printOnPaper(vault.current(), platform, await printableOppPlus(vault.current(), learnerId, language())),
    'print.transition': ({ jobId, learnerIds }) => printTransition(vault.current(), platform, emit, { jobId, learnerIds, language: language() }),
    'print.cancel': async ({ jobId }) => (cancelPrintJob(jobId), { done: true as const }),
    'profiles.exportDocx': async ({ profileId }) => {
      const s = vault.current();
      const file = await profileDocx(s, profileId, language());
      return saveExport(s, platform, { ...file, kind: 'docx' }, { action: 'profile.exported', entityType: 'profile', entityId: profileId });
    },
    'print.idp': async ({ idpId, headings }) => printToPdf(vault.current(), platform, await printableIdp(vault.current(), idpId, headings)),
    'idp.exportDocx': async ({ idpId, headings }) => {
      const s = vault.current();
      const { bytes, defaultName, audit } = await idpDocx(s, idpId, headings);
      return saveExport(s, platform, { bytes, defaultName, kind: 'docx' }, audit);
    },
    // The disclosure is written with the audit entry, in one transaction, once the file is saved.
    'idp.casePack': async (input) => {
      const s = vault.current();
      const pack = await casePack(s, input);
      const audit = { action: 'idp.case_pack_exported', entityType: 'learner', entityId: input.learnerId, details: pack.auditDetails };
      return saveExport(s, platform, { bytes: pack.bytes, defaultName: pack.defaultName, kind: 'docx' }, audit, pack.record);
    },
    'disclosures.list': ({ learnerId }) => listDisclosures(vault.current(), learnerId),
    'oppPlus.exportDocx': async ({ learnerId }) => {
      const s = vault.current();
      const file = await oppPlusDocx(s, learnerId, language());
      return saveExport(s, platform, { ...file, kind: 'docx' }, { action: 'opp_plus.exported', entityType: 'learner', entityId: learnerId });
    },
  } satisfies Partial<Handlers>;
};
