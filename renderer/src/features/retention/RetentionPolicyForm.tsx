import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { RecordType, RETENTION_YEARS, RetentionYears, type RetentionPolicy } from '../../../../shared/schemas/retention';
import { useRetentionPolicy, useSetRetentionPolicy } from '../../api/retention';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

/** A period per type of record (25, 31 or 35 years after the date of birth), saved together. */
export function RetentionPolicyForm() {
  const { t } = useI18n();
  const policy = useRetentionPolicy();
  const save = useSetRetentionPolicy();
  const [draft, setDraft] = useState<RetentionPolicy | null>(null);
  useEffect(() => {
    if (policy.data) setDraft(policy.data);
  }, [policy.data]);
  if (policy.isError) return <ErrorAlert error={policy.error} />;
  if (!draft) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(draft);
  };
  const options = RETENTION_YEARS.map((n) => ({ value: String(n), label: t('retention.years', { n }) }));
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {RecordType.options.map((type) => (
            <Select
              key={type}
              label={t(`retention.types.${type}`)}
              data={options}
              value={String(draft[type])}
              onChange={(v) => {
                save.reset();
                if (v) setDraft({ ...draft, [type]: RetentionYears.parse(Number(v)) });
              }}
              allowDeselect={false}
            />
          ))}
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('retention.registerNote')}
        </Text>
        <Group>
          <Button type="submit" variant="default" loading={save.isPending}>
            {t('retention.save')}
          </Button>
          <Text size="sm" c="teal.9" role="status">
            {save.isSuccess ? t('retention.saved') : ''}
          </Text>
        </Group>
        <ErrorAlert error={save.error} />
      </Stack>
    </form>
  );
}
