/**
 * A learner's OPP+ (domain.md §4): their one-page profile, the fuller "important to / for me", the action plan of
 * targeted interventions with their measures and next steps, the impact so far, and printing and exporting it all.
 */
import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { OppPlusPlan } from '../../../../shared/schemas/interventions';
import { oppPlusExports, useOppPlus, useStartOppPlus } from '../../api/opp-plus';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportActions } from '../../components/ExportActions';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import { hrefFor } from '../shell/use-hash-route';
import { InterventionCard } from './InterventionCard';
import { InterventionForm } from './InterventionForm';
import { LearnerImpactTable } from './LearnerImpactTable';
import { PlanDetails } from './PlanDetails';
import { ProfileSummary } from './ProfileSummary';

function ActionPlan({ plan }: { plan: OppPlusPlan }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  return (
    <Stack component="section" aria-labelledby="action-plan" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="action-plan">
          {t('oppPlus.actionPlan')}
        </Title>
        <Button onClick={() => setAdding(true)}>{t('oppPlus.addIntervention')}</Button>
      </Group>
      {plan.interventions.length === 0 && <Text c="dimmed">{t('oppPlus.noInterventions')}</Text>}
      {plan.interventions.map((i) => (
        <InterventionCard key={i.id} intervention={i} planId={plan.id} learnerName={plan.learnerName} />
      ))}
      {adding && <InterventionForm planId={plan.id} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

function Plan({ plan }: { plan: OppPlusPlan }) {
  const { t } = useI18n();
  const started = t('oppPlus.startedOn', { date: formatDate(plan.startDate) });
  const review = plan.reviewDate ? t('oppPlus.reviewOn', { date: formatDate(plan.reviewDate) }) : null;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor href={hrefFor.learner(plan.learnerId)} size="sm">
          ← {t('profiles.backToLearner', { name: plan.learnerName })}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={1} size="h2">
              {t('oppPlus.title', { name: plan.learnerName })}
            </Title>
            <Text size="sm">{[started, review, t(`oppPlus.planStatus.${plan.status}`)].filter(Boolean).join(' · ')}</Text>
          </div>
          <ExportActions calls={oppPlusExports(plan.learnerId)} />
        </Group>
      </Stack>
      <ProfileSummary learnerId={plan.learnerId} />
      <PlanDetails plan={plan} />
      <ActionPlan plan={plan} />
      {plan.interventions.length > 0 && <LearnerImpactTable plan={plan} />}
    </Stack>
  );
}

/** Opened by address before a plan exists (an old link): offer to start one. */
function NoPlan({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const start = useStartOppPlus();
  return (
    <Stack>
      <Anchor href={hrefFor.learner(learnerId)} size="sm">
        ← {t('oppPlus.backToLearnerPage')}
      </Anchor>
      <Title order={1} size="h2">
        {t('oppPlus.noPlanTitle')}
      </Title>
      <Text>{t('oppPlus.noPlanBody')}</Text>
      <Button w="fit-content" loading={start.isPending} onClick={() => start.mutate(learnerId)}>
        {t('oppPlus.start')}
      </Button>
      <ErrorAlert error={start.error} />
    </Stack>
  );
}

export function OppPlusPage({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const query = useOppPlus(learnerId);
  if (query.isPending) return <Loader aria-label={t('app.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return query.data ? <Plan plan={query.data} /> : <NoPlan learnerId={learnerId} />;
}
