import type { Handlers } from '../dispatch';
import * as catalogue from '../services/catalogue';
import * as oppPlus from '../services/opp-plus';
import type { VaultService } from '../services/vault';

export const oppPlusHandlers = (vault: VaultService) =>
  ({
    'catalogue.list': () => catalogue.listCatalogue(vault.current()),
    'catalogue.create': (fields) => catalogue.createProgramme(vault.current(), fields),
    'catalogue.update': (input) => catalogue.updateProgramme(vault.current(), input),
    'oppPlus.list': () => oppPlus.listPlans(vault.current()),
    'oppPlus.get': ({ learnerId }) => oppPlus.getPlanFor(vault.current(), learnerId),
    'oppPlus.start': ({ learnerId }) => oppPlus.startPlan(vault.current(), learnerId),
    'oppPlus.update': (input) => oppPlus.updatePlan(vault.current(), input),
    'oppPlus.addIntervention': ({ planId, fields }) => oppPlus.addIntervention(vault.current(), planId, fields),
    'oppPlus.updateIntervention': ({ interventionId, version, fields }) => oppPlus.updateIntervention(vault.current(), interventionId, version, fields),
    'oppPlus.removeIntervention': ({ interventionId, version }) => oppPlus.removeIntervention(vault.current(), interventionId, version),
    'oppPlus.setNextStep': ({ interventionId, version, nextStep }) => oppPlus.setNextStep(vault.current(), interventionId, version, nextStep),
    'oppPlus.addMeasure': ({ interventionId, measure }) => oppPlus.addMeasure(vault.current(), interventionId, measure),
    'oppPlus.updateMeasure': ({ measureId, measure }) => oppPlus.updateMeasure(vault.current(), measureId, measure),
    'oppPlus.removeMeasure': ({ measureId }) => oppPlus.removeMeasure(vault.current(), measureId),
    'oppPlus.impact': () => oppPlus.impactReport(vault.current()),
  }) satisfies Partial<Handlers>;
