import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { reviewClock } from '../../../../shared/rules/deadlines';
import { todayIso } from '../../../../shared/rules/dates';
import type { Idp } from '../../../../shared/schemas/idp';
import { useLearner } from '../../api/learners';
import { useI18n, type Translate } from '../../i18n';
import { formatDate } from '../learner/labels';
import { formatStamp } from '../profile/labels';
import { hrefFor } from '../shell/use-hash-route';

/**
 * "Version 2 · Issued on 20/11/2026 · Review due by 20/11/2027", and the like for a draft, a superseded or ceased plan.
 * The review clock runs from `clockFrom`, the learner's date given, which a "no revision" notice moves on (the plan's
 * own issue date stays); the plan's date stands in until the learner is loaded.
 */
export function statusLine(t: Translate, idp: Idp, clockFrom?: string | null): string {
  const parts = [t('idp.versionN', { n: idp.versionNumber })];
  if (idp.status === 'draft') parts.push(t('idp.status.draft'), t('idp.lastSaved', { date: formatStamp(idp.updatedAt) }));
  if (idp.dateGiven && idp.status !== 'draft') parts.push(t('idp.issuedOn', { date: formatDate(idp.dateGiven) }));
  const from = clockFrom ?? idp.dateGiven;
  if (idp.status === 'issued' && from) parts.push(t('idp.reviewDue', { date: formatDate(reviewClock(from, todayIso()).due) }));
  if (idp.status === 'superseded') parts.push(t('idp.status.superseded'));
  if (idp.status === 'ceased' && idp.ceasedOn) parts.push(t('idp.ceasedOn', { date: formatDate(idp.ceasedOn) }));
  return parts.join(' · ');
}

/** The recorded reason for issuing with gaps, or for ceasing. */
export function Recorded({ idp }: { idp: Idp }) {
  const { t } = useI18n();
  return (
    <>
      {idp.override && (
        <Alert color="orange" variant="light">
          <Text size="sm" fw={700}>
            {t('idp.override.title', { count: idp.override.problems })}
          </Text>
          <Text size="sm">{idp.override.reason}</Text>
        </Alert>
      )}
      {idp.status === 'ceased' && idp.ceaseReason && (
        <Alert color="gray" variant="light">
          <Text size="sm" fw={700}>
            {t('idp.cease.recorded', { date: formatDate(idp.ceasedOn) })}
          </Text>
          <Text size="sm">{idp.ceaseReason}</Text>
        </Alert>
      )}
    </>
  );
}

/** The plan's title, where it stands, the gaps still blocking its issue (drafts), and its actions. */
export function IdpHeader({ idp, blocking, back, children }: { idp: Idp; blocking?: number; back?: ReactNode; children?: ReactNode }) {
  const { t } = useI18n();
  const learner = useLearner(idp.learnerId);
  return (
    <Stack gap="xs">
      {back ?? (
        <Anchor href={hrefFor.learner(idp.learnerId)} size="sm">
          ← {t('profiles.backToLearner', { name: idp.learnerName })}
        </Anchor>
      )}
      <div>
        <Title order={1} size="h2">
          {t('idp.title', { name: idp.learnerName })}
        </Title>
        <Group gap="xs">
          <Text size="sm">{statusLine(t, idp, learner.data?.idpDateGiven)}</Text>
          {blocking !== undefined && (
            <Badge variant="light" color={blocking ? 'yellow' : 'teal'} c={blocking ? 'dark.8' : 'teal.9'}>
              {blocking ? t('idp.checks.gaps', { count: blocking }) : t('idp.checks.noGaps')}
            </Badge>
          )}
        </Group>
      </div>
      {children && (
        <Group align="flex-end" gap="lg" mt="xs">
          {children}
        </Group>
      )}
      <Recorded idp={idp} />
    </Stack>
  );
}
