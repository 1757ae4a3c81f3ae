import { Button } from '@mantine/core';
import { useOppPlus, useStartOppPlus } from '../../api/opp-plus';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor, navigate } from '../shell/use-hash-route';

/** "Open OPP+" when the learner has one; "Start OPP+" otherwise, which starts it and opens it. */
export function OppPlusButton({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const plan = useOppPlus(learnerId);
  const start = useStartOppPlus();
  if (plan.isPending || plan.isError) return <ErrorAlert error={plan.error} />;
  if (plan.data) {
    return (
      <Button component="a" href={hrefFor.oppPlus(learnerId)} variant="light" size="xs">
        {t('oppPlus.open')}
      </Button>
    );
  }
  return (
    <>
      <Button variant="light" size="xs" loading={start.isPending} onClick={() => start.mutate(learnerId, { onSuccess: () => navigate(hrefFor.oppPlus(learnerId)) })}>
        {t('oppPlus.start')}
      </Button>
      <ErrorAlert error={start.error} />
    </>
  );
}
