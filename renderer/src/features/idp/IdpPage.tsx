/**
 * A learner's IDP: the draft when one is being written, otherwise the plan in force (read-only, with "Start a new
 * draft"), otherwise an offer to start one.
 */
import { Anchor, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useIdpList, useStartIdpDraft } from '../../api/idp';
import { useLearner } from '../../api/learners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { IdpEditor } from './IdpEditor';
import { IdpReadOnly } from './IdpReadOnly';
import { VersionsPanel } from './VersionsPanel';

function NoPlan({ learnerId, earlier }: { learnerId: string; earlier: boolean }) {
  const { t } = useI18n();
  const learner = useLearner(learnerId);
  const start = useStartIdpDraft();
  const name = learner.data ? `${learner.data.preferredName ?? learner.data.legalFirstName} ${learner.data.legalLastName}` : '';
  return (
    <Stack>
      <Anchor href={hrefFor.learner(learnerId)} size="sm">
        ← {name ? t('profiles.backToLearner', { name }) : t('oppPlus.backToLearnerPage')}
      </Anchor>
      <Title order={1} size="h2">
        {t('idp.title', { name })}
      </Title>
      <Text>{earlier ? t('idp.noneInForce') : t('idp.noneYet')}</Text>
      <Button w="fit-content" loading={start.isPending} onClick={() => start.mutate(learnerId)}>
        {t('idp.start')}
      </Button>
      <ErrorAlert error={start.error ?? learner.error} />
      {earlier && <VersionsPanel learnerId={learnerId} />}
    </Stack>
  );
}

export function IdpPage({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const list = useIdpList(learnerId);
  const { refetch } = list;
  const reload = useCallback(async () => (await refetch()).data?.find((v) => v.status === 'draft'), [refetch]);
  if (list.isPending) return <Loader aria-label={t('app.loading')} />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const draft = list.data.find((v) => v.status === 'draft');
  const inForce = list.data.find((v) => v.status === 'issued');
  // A version that is issued is a different page from the draft it was: each starts afresh.
  if (draft) return <IdpEditor key={draft.id} idp={draft} reload={reload} />;
  if (inForce) return <IdpReadOnly key={inForce.id} idp={inForce} inForce />;
  return <NoPlan learnerId={learnerId} earlier={list.data.length > 0} />;
}
