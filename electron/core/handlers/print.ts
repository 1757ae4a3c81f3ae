import type { Handlers } from '../dispatch';
import type { Emit } from '../events';
import { saveExport } from '../export/save';
import type { Platform } from '../platform';
import { cancelPrintJob, printProfile, printProfileOnPaper, printTransition } from '../services/print';
import { profileDocx } from '../services/profile-export';
import type { SettingsStore } from '../settings';
import { readSettings } from '../settings';
import type { VaultService } from '../services/vault';

export const printHandlers = (vault: VaultService, platform: Platform, emit: Emit, settings: SettingsStore) =>
  ({
    'print.profile': ({ profileId }) => printProfile(vault.current(), platform, profileId, readSettings(settings).language),
    'print.profileToPrinter': ({ profileId }) => printProfileOnPaper(vault.current(), platform, profileId),
    'print.transition': ({ jobId, learnerIds }) => printTransition(vault.current(), platform, emit, { jobId, learnerIds, language: readSettings(settings).language }),
    'print.cancel': async ({ jobId }) => (cancelPrintJob(jobId), { done: true as const }),
    'profiles.exportDocx': async ({ profileId }) => {
      const s = vault.current();
      const file = await profileDocx(s, profileId, readSettings(settings).language);
      return saveExport(s, platform, { ...file, kind: 'docx' }, { action: 'profile.exported', entityType: 'profile', entityId: profileId });
    },
  }) satisfies Partial<Handlers>;
