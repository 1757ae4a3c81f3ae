import type { Handlers } from '../dispatch';
import * as reviews from '../services/reviews';
import * as views from '../services/record-views';
import type { VaultService } from '../services/vault';

export const reviewHandlers = (vault: VaultService) =>
  ({
    'reviews.all': () => reviews.listAllReviews(vault.current()),
    'reviews.list': ({ learnerId }) => reviews.listReviews(vault.current(), learnerId),
    'reviews.get': ({ id }) => views.viewReview(vault.current(), id),
    'reviews.schedule': ({ learnerId, fields }) => reviews.scheduleReview(vault.current(), learnerId, fields),
    'reviews.update': ({ reviewId, version, fields }) => reviews.updateReview(vault.current(), reviewId, version, fields),
    'reviews.saveRecord': ({ reviewId, version, record, held }) => reviews.saveRecord(vault.current(), reviewId, version, record, held),
    'reviews.cancel': ({ reviewId, version }) => reviews.cancelReview(vault.current(), reviewId, version),
    'reviews.decide': (input) => reviews.decide(vault.current(), input),
    'reviews.setActionStatus': (input) => reviews.setActionStatus(vault.current(), input),
    'reviews.undatedActions': () => reviews.listUndatedActions(vault.current()),
  }) satisfies Partial<Handlers>;
