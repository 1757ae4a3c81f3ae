import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { MaintainedBy } from '../../../../../shared/schemas/idp';
import { useI18n } from '../../../i18n';
import { ChoiceField, DateField, TextField, useIdpForm } from '../fields';
import { fieldLabel, OPTIONS, optionList } from '../labels';
import { patcher, type SectionProps } from './section-props';

type TextKey = 'organisation' | 'responsibleName' | 'responsibleRole' | 'responsibleContact';
const TEXTS: readonly [TextKey, number][] = [
  ['organisation', 200],
  ['responsibleName', 150],
  ['responsibleRole', 100],
  ['responsibleContact', 300],
];

/** 1B: who maintains the plan (the LA's plans add section 2D), the person responsible, and the plan's dates. */
export function AdministrationSection({ value, set }: SectionProps<'administration'>) {
  const { t } = useI18n();
  const { readOnly } = useIdpForm();
  const change = patcher(value, set);
  const label = (f: keyof typeof value) => fieldLabel(t, 'administration', f);
  return (
    <Stack gap="sm">
      <ChoiceField label={label('maintainedBy')} options={optionList(t, OPTIONS.maintainedBy)} value={value.maintainedBy} onChange={(v) => v && change({ maintainedBy: v as MaintainedBy })} />
      {!readOnly && (
        <Text size="sm" c="dimmed">
          {t('idp.admin.laHint')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {TEXTS.map(([f, max]) => (
          <TextField key={f} label={label(f)} value={value[f]} onChange={(v, typing) => change({ [f]: v }, typing)} maxLength={max} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label={label('startDate')} value={value.startDate} onChange={(startDate) => change({ startDate })} />
        <DateField label={label('reviewTargetDate')} value={value.reviewTargetDate} onChange={(reviewTargetDate) => change({ reviewTargetDate })} />
        <DateField label={label('proposedReviewDate')} value={value.proposedReviewDate} onChange={(proposedReviewDate) => change({ proposedReviewDate })} />
      </SimpleGrid>
    </Stack>
  );
}
