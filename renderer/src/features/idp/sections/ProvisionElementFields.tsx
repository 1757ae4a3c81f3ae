import { Fieldset, SimpleGrid, Stack } from '@mantine/core';
import type { ProvisionElement } from '../../../../../shared/schemas/idp';
import { useI18n } from '../../../i18n';
import { CheckField, ChoiceField, CountField, DateField, TextField } from '../fields';
import { fieldLabel, OPTIONS, optionList, partHeading } from '../labels';
import type { SetRow } from '../RowsEditor';

type TextKey = 'outcomeMeasure' | 'groupSize' | 'deliveredBy' | 'qualification' | 'location';
const DELIVERY: readonly [TextKey, number][] = [
  ['groupSize', 60],
  ['deliveredBy', 200],
  ['qualification', 200],
  ['location', 200],
];

/** 2B.1–2B.7 for one element of provision: specified and quantified, as a tribunal would read it. */
export function ProvisionElementFields({ row, set }: { row: ProvisionElement; set: SetRow<ProvisionElement> }) {
  const { t, language } = useI18n();
  const label = (f: keyof ProvisionElement) => fieldLabel(t, 'provision', f);
  const text = (f: TextKey, max: number) => <TextField key={f} label={label(f)} value={row[f]} onChange={(v, typing) => set({ [f]: v }, typing)} maxLength={max} />;
  return (
    <Stack gap="sm">
      <Fieldset legend={partHeading('outcome', language)}>
        <Stack gap="xs">
          <TextField label={label('outcome')} description={t('idp.provision.outcomeHint')} value={row.outcome} onChange={(outcome, typing) => set({ outcome }, typing)} maxLength={2000} multiline />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('outcomeMeasure', 500)}
            <DateField label={label('outcomeDate')} value={row.outcomeDate} onChange={(outcomeDate) => set({ outcomeDate })} />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={partHeading('provision', language)}>
        <Stack gap="xs">
          <TextField label={label('what')} description={t('idp.provision.whatHint')} value={row.what} onChange={(what, typing) => set({ what }, typing)} maxLength={2000} multiline />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <CountField label={label('sessionsPerWeek')} value={row.sessionsPerWeek} onChange={(sessionsPerWeek) => set({ sessionsPerWeek }, true)} max={50} decimals={1} />
            <CountField label={label('sessionMinutes')} value={row.sessionMinutes} onChange={(sessionMinutes) => set({ sessionMinutes }, true)} max={600} />
            {DELIVERY.map(([f, max]) => text(f, max))}
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <ChoiceField label={partHeading('welsh', language)} options={optionList(t, OPTIONS.welsh)} value={row.welsh} onChange={(v) => set({ welsh: v as ProvisionElement['welsh'] })} placeholder={t('idp.choose')} />
        <ChoiceField label={partHeading('provider', language)} options={optionList(t, OPTIONS.provider)} value={row.provider} onChange={(v) => set({ provider: v as ProvisionElement['provider'] })} placeholder={t('idp.choose')} />
        <TextField label={label('providerName')} value={row.providerName} onChange={(providerName, typing) => set({ providerName }, typing)} maxLength={200} />
        <DateField label={partHeading('start', language)} value={row.startDate} onChange={(startDate) => set({ startDate })} />
        <Stack gap={6}>
          <DateField label={partHeading('reviewOrEnd', language)} value={row.reviewOrEndDate} onChange={(reviewOrEndDate) => set({ reviewOrEndDate })} />
          <CheckField label={label('endsThen')} checked={row.endsThen} onChange={(endsThen) => set({ endsThen })} />
        </Stack>
      </SimpleGrid>
      <TextField label={partHeading('rationale', language)} description={t('idp.provision.rationaleHint')} value={row.rationale} onChange={(rationale, typing) => set({ rationale }, typing)} maxLength={3000} multiline />
      <TextField label={label('differenceOfOpinion')} value={row.differenceOfOpinion} onChange={(differenceOfOpinion, typing) => set({ differenceOfOpinion }, typing)} maxLength={3000} multiline />
    </Stack>
  );
}
