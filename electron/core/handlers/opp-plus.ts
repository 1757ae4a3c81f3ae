import type { Handlers } from '../dispatch';
import * as catalogue from '../services/catalogue';
import * as oppPlus from '../services/opp-plus';
import * as measures from '../services/opp-plus-measures';
import * as report from '../services/opp-plus-report';
import * as views from '../services/record-views';
import type { VaultService } from '../services/vault';

export const oppPlusHandlers = (vault: VaultService) =>
  ({
    'catalogue.list': () => catalogue.listCatalogue(vault.current()),
    'catalogue.create': (fields) => catalogue.createProgramme(vault.current(), fields),
    'catalogue.update': (input) => catalogue.updateProgramme(vault.current(), input),
    'oppPlus.list': () => report.listPlans(vault.current()),
    'oppPlus.get': ({ learnerId }) => views.viewOppPlus(vault.current(), learnerId),
    'oppPlus.start': ({ learnerId }) => oppPlus.startPlan(vault.current(), learnerId),
    'oppPlus.update': (input) => oppPlus.updatePlan(vault.current(), input),
    'oppPlus.addIntervention': ({ planId, fields }) => oppPlus.addIntervention(vault.current(), planId, fields),
    'oppPlus.updateIntervention': ({ interventionId, version, fields }) => oppPlus.updateIntervention(vault.current(), interventionId, version, fields),
    'oppPlus.removeIntervention': ({ interventionId, version }) => oppPlus.removeIntervention(vault.current(), interventionId, version),
    'oppPlus.setNextStep': ({ interventionId, version, nextStep }) => oppPlus.setNextStep(vault.current(), interventionId, version, nextStep),
    'oppPlus.addMeasure': ({ interventionId, measure }) => measures.addMeasure(vault.current(), interventionId, measure),
    'oppPlus.updateMeasure': ({ measureId, measure }) => measures.updateMeasure(vault.current(), measureId, measure),
    'oppPlus.removeMeasure': ({ measureId }) => measures.removeMeasure(vault.current(), measureId),
    'oppPlus.impact': () => report.impactReport(vault.current()),
  }) satisfies Partial<Handlers>;
