import { Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../learner/labels';
import { CheckField, ChoiceField, Shown, TextField, useIdpForm } from '../fields';
import { fieldLabel, OPTIONS, optionList } from '../labels';
import { RefreshButton } from './RefreshButton';
import { patcher, type SectionProps } from './section-props';

const SNAPSHOT = ['legalName', 'preferredName', 'dateOfBirth', 'upn', 'setting', 'homeLanguages', 'medium'] as const;

/** 1A: the register's details as they were taken into the plan, and what only the plan records. */
export function CoreDetailsSection({ value, set }: SectionProps<'coreDetails'>) {
  const { t } = useI18n();
  const { readOnly } = useIdpForm();
  const change = patcher(value, set);
  const label = (f: keyof typeof value) => fieldLabel(t, 'coreDetails', f);
  return (
    <Stack gap="md">
      <Fieldset legend={t('idp.core.fromRegister')}>
        <Stack gap="sm">
          {!readOnly && (
            <Group justify="space-between" align="flex-start">
              <Text size="sm" c="dimmed" maw={560}>
                {t('idp.core.snapshotHint')}
              </Text>
              <RefreshButton part="coreDetails" label={t('idp.core.refresh')} />
            </Group>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {SNAPSHOT.map((f) => (
              <Shown key={f} label={label(f)} value={f === 'dateOfBirth' ? formatDate(value.dateOfBirth) : value[f]} />
            ))}
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField label={label('address')} value={value.address} onChange={(address, typing) => change({ address }, typing)} maxLength={500} multiline />
        <TextField label={label('localAuthority')} value={value.localAuthority} onChange={(localAuthority, typing) => change({ localAuthority }, typing)} maxLength={120} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap="xs">
          <ChoiceField label={label('consent')} options={optionList(t, OPTIONS.consent)} value={value.consent} onChange={(v) => v && change({ consent: v as typeof value.consent })} />
          {value.consent !== 'notApplicable' && <TextField label={label('consentDetails')} value={value.consentDetails} onChange={(consentDetails, typing) => change({ consentDetails }, typing)} maxLength={2000} multiline />}
        </Stack>
        <Stack gap="xs">
          <CheckField label={label('capacityIssues')} checked={value.capacityIssues} onChange={(capacityIssues) => change({ capacityIssues })} />
          {value.capacityIssues && <TextField label={label('capacityDetails')} value={value.capacityDetails} onChange={(capacityDetails, typing) => change({ capacityDetails }, typing)} maxLength={2000} multiline />}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
