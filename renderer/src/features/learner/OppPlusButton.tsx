import { Button } from '@mantine/core';
import { useLearnerDocuments } from '../../api/learners';
import { useStartOppPlus } from '../../api/opp-plus';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor, navigate } from '../shell/use-hash-route';

/** "Open OPP+" when the learner has one; "Start OPP+" otherwise, which starts it and opens it. */
export function OppPlusButton({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const documents = useLearnerDocuments(learnerId);
  const start = useStartOppPlus();
  if (documents.isPending || documents.isError) return <ErrorAlert error={documents.error} />;
  if (documents.data.oppPlus) {
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
