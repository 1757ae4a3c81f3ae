import type { Handlers } from '../dispatch';
import { dueItems, getCaseloadView, listCaseload, saveCaseloadView } from '../services/caseload';
import * as learners from '../services/learners';
import * as photos from '../services/photos';
import type { VaultService } from '../services/vault';

const done = { done: true } as const;

export const learnerHandlers = (vault: VaultService) =>
  ({
    'learners.list': (input) => listCaseload(vault.current(), input),
    'learners.get': ({ id }) => learners.viewLearner(vault.current(), id),
    'learners.documents': ({ learnerId }) => learners.learnerDocuments(vault.current(), learnerId),
    'learners.create': (input) => learners.createLearner(vault.current(), input),
    'learners.update': ({ id, version, patch }) => learners.updateLearner(vault.current(), id, version, patch),
    'learners.archive': ({ id, version }) => learners.setArchived(vault.current(), id, version, true),
    'learners.restore': ({ id, version }) => learners.setArchived(vault.current(), id, version, false),
    'learners.delete': async ({ id, confirmName }) => (await learners.deleteLearner(vault.current(), id, confirmName), done),
    'learners.due': ({ withinDays }) => dueItems(vault.current(), withinDays),
    'learners.getView': () => getCaseloadView(vault.current()),
    'learners.saveView': (view) => saveCaseloadView(vault.current(), view),
    'photos.set': async ({ learnerId, imageBase64 }) => (await photos.setPhoto(vault.current(), learnerId, imageBase64), done),
    'photos.get': ({ learnerId }) => photos.getPhoto(vault.current(), learnerId),
    'photos.remove': async ({ learnerId }) => (await photos.removePhoto(vault.current(), learnerId), done),
  }) satisfies Partial<Handlers>;
