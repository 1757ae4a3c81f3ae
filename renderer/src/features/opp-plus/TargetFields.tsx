/** The intervention form's first half: which programme, for which area, and the target with its measure. */
import { Autocomplete, Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { MEASURE_TOOLS, NEED_AREAS, type Better, type Checks } from '../../../../shared/rules/interventions';
import type { Programme } from '../../../../shared/schemas/interventions';
import { LabelledSegments } from '../../components/LabelledSegments';
import { useI18n, type Translate } from '../../i18n';
import { CheckWarnings } from './CheckWarnings';
import { CUSTOM, withProgramme, withTool, type Draft, type DraftProblem, type SetDraft } from './intervention-draft';
import { areaOptions } from './labels';
import { ScoreInput } from './ScoreInput';

interface Props {
  draft: Draft;
  set: SetDraft;
  catalogue: Programme[];
  checks: Checks;
  /** Problems to show once the person has tried to save. */
  problems: DraftProblem[];
}

/** Catalogue programmes still offered (and the row's own, even if retired since), grouped by area, then "another". */
function programmeOptions(t: Translate, catalogue: Programme[], current: string | null) {
  const offered = catalogue.filter((p) => !p.retired || p.id === current);
  const groups = NEED_AREAS.map((area) => ({
    group: t(`interventions.areas.${area}`),
    items: offered.filter((p) => p.area === area).map((p) => ({ value: p.id, label: p.retired ? t('oppPlus.form.retiredName', { name: p.name }) : p.name })),
  })).filter((g) => g.items.length > 0);
  return [...groups, { group: t('oppPlus.form.notInCatalogue'), items: [{ value: CUSTOM, label: t('oppPlus.form.customProgramme') }] }];
}

/** The programme's suggested measures first, then the common ones. */
function toolOptions(t: Translate, suggested: string[]) {
  const common = MEASURE_TOOLS.map((m) => m.name as string).filter((n) => !suggested.includes(n));
  return [
    ...(suggested.length ? [{ group: t('oppPlus.form.suggestedTools'), items: suggested }] : []),
    { group: t('oppPlus.form.commonTools'), items: common },
  ];
}

export function ProgrammeFields({ draft, set, catalogue, problems }: Omit<Props, 'checks'>) {
  const { t } = useI18n();
  const choose = (value: string | null) => {
    const p = catalogue.find((c) => c.id === value);
    set(p ? withProgramme(draft, p) : { programme: value });
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('oppPlus.form.programme')}
        data={programmeOptions(t, catalogue, draft.programme)}
        value={draft.programme}
        onChange={choose}
        searchable
        required
        error={problems.includes('programme') ? t('oppPlus.form.chooseProgramme') : undefined}
      />
      {draft.programme === CUSTOM && (
        <TextInput
          label={t('oppPlus.form.customName')}
          value={draft.customName}
          onChange={(e) => set({ customName: e.currentTarget.value })}
          maxLength={120}
          required
          error={problems.includes('customName') ? t('oppPlus.form.nameProgramme') : undefined}
        />
      )}
      <Select
        label={t('oppPlus.form.area')}
        data={areaOptions(t)}
        value={draft.area}
        onChange={(v) => set({ area: v as Draft['area'] })}
        required
        allowDeselect={false}
        error={problems.includes('area') ? t('oppPlus.form.chooseArea') : undefined}
      />
    </SimpleGrid>
  );
}

export function TargetFields({ draft, set, catalogue, checks }: Omit<Props, 'problems'>) {
  const { t } = useI18n();
  const suggested = catalogue.find((p) => p.id === draft.programme)?.suggestedMeasures ?? [];
  return (
    <Fieldset legend={t('oppPlus.form.targetLegend')}>
      <Stack gap="sm">
        <Textarea label={t('oppPlus.form.target')} description={t('oppPlus.form.targetHint')} value={draft.target} onChange={(e) => set({ target: e.currentTarget.value })} autosize minRows={2} maxLength={1000} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete label={t('oppPlus.form.measureTool')} description={t('oppPlus.form.measureToolHint')} data={toolOptions(t, suggested)} value={draft.measureTool} onChange={(v) => set(withTool(draft, v))} maxLength={80} />
          <ScoreInput label={t('oppPlus.form.targetScore')} tool={draft.measureTool} value={draft.targetScore} onChange={(targetScore) => set({ targetScore })} />
          <LabelledSegments
            label={t('oppPlus.form.better')}
            fullWidth
            value={draft.better}
            onChange={(v) => set({ better: v as Better })}
            data={[
              { value: 'higher', label: t('oppPlus.form.higher') },
              { value: 'lower', label: t('oppPlus.form.lower') },
            ]}
          />
          <TextInput type="date" label={t('oppPlus.form.targetDate')} value={draft.targetDate} onChange={(e) => set({ targetDate: e.currentTarget.value })} />
        </SimpleGrid>
        <CheckWarnings checks={checks} show={['target']} label={t('oppPlus.checks.targetLabel')} />
        <Textarea label={t('oppPlus.form.entryCriteria')} value={draft.entryCriteria} onChange={(e) => set({ entryCriteria: e.currentTarget.value })} autosize minRows={1} maxLength={500} />
      </Stack>
    </Fieldset>
  );
}
