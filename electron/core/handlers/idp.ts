import type { Handlers } from '../dispatch';
import { loadCalendar, saveCalendar } from '../services/config';
import * as idp from '../services/idp';
import * as views from '../services/record-views';
import type { VaultService } from '../services/vault';

export const idpHandlers = (vault: VaultService) =>
  ({
    'calendar.get': () => loadCalendar(vault.current().db),
    'calendar.save': (cal) => saveCalendar(vault.current(), cal),
    'idp.overview': () => idp.overview(vault.current()),
    'idp.list': ({ learnerId }) => views.viewIdpList(vault.current(), learnerId),
    'idp.get': ({ id }) => views.viewIdp(vault.current(), id),
    'idp.startDraft': ({ learnerId }) => idp.startDraft(vault.current(), learnerId),
    'idp.saveSection': (input) => idp.saveSection(vault.current(), input),
    'idp.refresh': ({ idpId, version, part }) => idp.refresh(vault.current(), idpId, version, part),
    'idp.setLanguage': ({ idpId, version, planLanguage }) => idp.setLanguage(vault.current(), idpId, version, planLanguage),
    'idp.issue': (input) => idp.issue(vault.current(), input),
    'idp.discardDraft': async ({ idpId, version }) => (await idp.discardDraft(vault.current(), idpId, version), { done: true as const }),
    'idp.cease': (input) => idp.cease(vault.current(), input),
    'idp.photo': async ({ idpId }) => {
      const photo = await idp.idpPhoto(vault.current(), idpId);
      return photo && { mime: 'image/jpeg' as const, base64: photo.bytes.toString('base64'), width: photo.width, height: photo.height };
    },
  }) satisfies Partial<Handlers>;
