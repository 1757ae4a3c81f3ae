import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { LearnerStatus, type LearnerFields } from '../../../../shared/schemas/learner';
import { useCreateLearner } from '../../api/learners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor, navigate } from '../shell/use-hash-route';
import { yearGroupOptions } from './labels';
import { validateDate, validateUpn } from './LearnerForm';

type Draft = { legalFirstName: string; legalLastName: string; dateOfBirth: string; upn: string; yearGroup: string | null; status: LearnerFields['status'] };

/** The few fields needed to add a learner; everything else is filled in on their page, which opens next. */
export function NewLearnerPage() {
  const { t } = useI18n();
  const create = useCreateLearner();
  const [d, setD] = useState<Draft>({ legalFirstName: '', legalLastName: '', dateOfBirth: '', upn: '', yearGroup: null, status: 'UNIVERSAL_OPP' });
  const [submitted, setSubmitted] = useState(false);
  const f = (k: keyof LearnerFields) => t(`learner.fields.${k}`);
  const required = (v: string) => (submitted && !v.trim() ? t('learner.invalid.required') : undefined);
  const errors = {
    legalFirstName: required(d.legalFirstName),
    legalLastName: required(d.legalLastName),
    dateOfBirth: required(d.dateOfBirth) ?? (submitted && d.dateOfBirth ? validateDate(t)(d.dateOfBirth) : null) ?? undefined,
    upn: (submitted && d.upn.trim() ? validateUpn(t)(d.upn) : null) ?? undefined,
  };
  const text = (k: 'legalFirstName' | 'legalLastName' | 'dateOfBirth' | 'upn') => ({
    label: f(k),
    value: d[k],
    error: errors[k],
    onChange: (e: { currentTarget: { value: string } }) => setD({ ...d, [k]: e.currentTarget.value }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!d.legalFirstName.trim() || !d.legalLastName.trim() || !d.dateOfBirth || validateDate(t)(d.dateOfBirth) || (d.upn.trim() && validateUpn(t)(d.upn))) return;
    create.mutate(
      { legalFirstName: d.legalFirstName, legalLastName: d.legalLastName, dateOfBirth: d.dateOfBirth, upn: d.upn.trim() || null, yearGroup: d.yearGroup as LearnerFields['yearGroup'], status: d.status },
      { onSuccess: (learner) => navigate(hrefFor.learner(learner.id)) },
    );
  };

  return (
    <Paper withBorder p="xl" radius="md" maw={760}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">{t('learner.newTitle')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('legalFirstName')} required data-autofocus autoFocus />
            <TextInput {...text('legalLastName')} required />
            <TextInput {...text('dateOfBirth')} type="date" required />
            <TextInput {...text('upn')} description={t('learner.hints.upn')} />
            <Select label={f('yearGroup')} data={yearGroupOptions(t)} value={d.yearGroup} onChange={(v) => setD({ ...d, yearGroup: v })} clearable />
            <Select label={f('status')} data={LearnerStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) }))} value={d.status} onChange={(v) => v && setD({ ...d, status: v as Draft['status'] })} allowDeselect={false} />
          </SimpleGrid>
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button component="a" href={hrefFor.section('caseload')} variant="default">{t('learner.cancel')}</Button>
            <Button type="submit" loading={create.isPending}>{create.isPending ? t('learner.creating') : t('learner.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
