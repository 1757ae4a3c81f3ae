import { Button } from '@mantine/core';
import { useLearnerDocuments } from '../../api/learners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';

/** "Open IDP draft" while one is being written, "Open IDP" once a plan has been issued, "Start an IDP" otherwise. */
export function IdpButton({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const documents = useLearnerDocuments(learnerId);
  if (documents.isPending || documents.isError) return <ErrorAlert error={documents.error} />;
  const label = { draft: 'openDraft', issued: 'open', none: 'start' }[documents.data.idp];
  return (
    <Button component="a" href={hrefFor.idp(learnerId)} variant="light" size="xs">
      {t(`learner.idp.${label}`)}
    </Button>
  );
}
