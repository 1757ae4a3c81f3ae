import type { Handlers } from '../dispatch';
import * as contacts from '../services/contacts';
import * as staffAndCodes from '../services/staff-and-codes';
import type { VaultService } from '../services/vault';

const done = { done: true } as const;

export const contactHandlers = (vault: VaultService) =>
  ({
    'contacts.list': ({ learnerId }) => contacts.listContacts(vault.current(), learnerId),
    'contacts.create': ({ learnerId, ...fields }) => contacts.createContact(vault.current(), learnerId, fields),
    'contacts.update': ({ id, version, patch }) => contacts.updateContact(vault.current(), id, version, patch),
    'contacts.delete': async ({ id }) => (await contacts.deleteContact(vault.current(), id), done),
    'staff.list': () => staffAndCodes.listStaff(vault.current()),
    'staff.create': ({ name, role }) => staffAndCodes.createStaff(vault.current(), name, role),
    'codes.list': ({ listKey }) => staffAndCodes.listCodes(vault.current(), listKey),
    'codes.save': async (item) => (await staffAndCodes.saveCode(vault.current(), item), done),
    'codes.useList': async ({ listKey }) => (await staffAndCodes.useNeedList(vault.current(), listKey), done),
  }) satisfies Partial<Handlers>;
