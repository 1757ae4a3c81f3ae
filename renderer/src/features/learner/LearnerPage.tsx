import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ageOn, todayIso } from '../../../../shared/rules/dates';
import { useArchive, useLearner } from '../../api/learners';
import { ClockText } from '../../components/ClockText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { LegalHoldControl } from '../retention/LegalHoldControl';
import { SubjectAccessButton } from '../retention/SubjectAccessButton';
import { LearnerReviews } from '../reviews/LearnerReviews';
import { hrefFor } from '../shell/use-hash-route';
import { ContactsPanel } from './ContactsPanel';
import { DeleteLearnerModal } from './DeleteLearnerModal';
import { DisclosuresPanel } from './DisclosuresPanel';
import { IdpButton } from './IdpButton';
import { formatDate, yearGroupLabel } from './labels';
import { LearnerForm } from './LearnerForm';
import { OppPlusButton } from './OppPlusButton';
import { PhotoPanel } from './PhotoPanel';
import { TimelineList } from './TimelineList';
import { useAutosave } from './use-autosave';

function SaveStatus({ state, error }: { state: string; error: unknown }) {
  const { t } = useI18n();
  if (state === 'error') {
    return isApiError(error) && error.code === 'CONFLICT' ? <Alert color="orange" role="alert">{t('learner.conflict')}</Alert> : <ErrorAlert error={error} />;
  }
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite">
      {state === 'saving' ? t('learner.saving') : state === 'saved' ? t('learner.saved') : ''}
    </Text>
  );
}

export function LearnerPage({ id }: { id: string }) {
  const { t } = useI18n();
  const learner = useLearner(id);
  const autosave = useAutosave(id);
  const archive = useArchive(id);
  const [deleting, setDeleting] = useState(false);
  if (learner.isPending) return <Loader aria-label={t('app.loading')} />;
  if (learner.isError || !learner.data) return <ErrorAlert error={learner.error} />;
  const l = learner.data;
  const name = `${l.preferredName ?? l.legalFirstName} ${l.legalLastName}`;
  const legalName = `${l.legalFirstName} ${l.legalLastName}`;

  return (
    <Stack>
      <Anchor href={hrefFor.section('caseload')} size="sm">
        ← {t('learner.back')}
      </Anchor>
      <Group align="flex-start" gap="xl" wrap="nowrap">
        <PhotoPanel learnerId={id} name={name} hasPhoto={l.hasPhoto} />
        <Stack gap={6} style={{ flex: 1 }}>
          <Title order={1} size="h2">{name}</Title>
          {l.preferredName && <Text c="dimmed">{legalName}</Text>}
          <Group gap="xs">
            <Badge variant="light">{t(`status.${l.status}`)}</Badge>
            {l.yearGroup && <Badge variant="outline" color="gray">{yearGroupLabel(t, l.yearGroup)}</Badge>}
            {l.legalHold && <Badge color="red.9" variant="filled">{t('retention.hold.label')}</Badge>}
            <Text size="sm">{formatDate(l.dateOfBirth)} · {t('learner.age', { age: ageOn(l.dateOfBirth, todayIso()) })}</Text>
          </Group>
          <Paper withBorder p="sm" radius="md" mt="xs" component="section" aria-label={t('learner.clocks')}>
            <Text fw={600} size="sm">{t('learner.clocks')}</Text>
            {l.clocks.length === 0 ? <Text size="sm" c="dimmed">{t('learner.noClocks')}</Text> : l.clocks.map((c) => <div key={c.kind}><ClockText clock={c} withKind /></div>)}
          </Paper>
          {l.archivedAt && <Alert color="gray">{t('learner.archivedOn', { date: formatDate(l.archivedAt) })}</Alert>}
          <Group gap="xs" mt="xs">
            <Button component="a" href={hrefFor.profile('learner', id)} variant="light" size="xs">{t('profiles.openProfile')}</Button>
            <OppPlusButton learnerId={id} />
            <IdpButton learnerId={id} />
            <SubjectAccessButton learnerId={id} />
            <Button component="a" href={hrefFor.audit(id)} variant="default" size="xs">{t('audit.history')}</Button>
            <Button variant="default" size="xs" loading={archive.isPending} onClick={() => archive.mutate({ version: l.version, archived: !l.archivedAt })}>
              {l.archivedAt ? t('learner.restore') : t('learner.archive')}
            </Button>
            <Button variant="subtle" color="red" c="red.9" size="xs" onClick={() => setDeleting(true)}>{t('learner.delete')}</Button>
          </Group>
          <ErrorAlert error={archive.error} />
          <LegalHoldControl learnerId={id} hold={l.legalHold} reason={l.legalHoldReason} />
        </Stack>
      </Group>
      <SaveStatus state={autosave.state} error={autosave.error} />
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">{t('learner.details')}</Tabs.Tab>
          <Tabs.Tab value="contacts">{t('learner.contacts')}</Tabs.Tab>
          <Tabs.Tab value="reviews">{t('reviews.tab')}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t('learner.timeline')}</Tabs.Tab>
          <Tabs.Tab value="disclosures">{t('learner.disclosures.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md"><LearnerForm learner={l} save={autosave.save} /></Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md"><ContactsPanel learnerId={id} /></Tabs.Panel>
        <Tabs.Panel value="reviews" pt="md"><LearnerReviews learnerId={id} name={name} /></Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md"><TimelineList entries={l.timeline} /></Tabs.Panel>
        <Tabs.Panel value="disclosures" pt="md"><DisclosuresPanel learnerId={id} /></Tabs.Panel>
      </Tabs>
      <DeleteLearnerModal id={id} legalName={legalName} opened={deleting} onClose={() => setDeleting(false)} />
    </Stack>
  );
}
