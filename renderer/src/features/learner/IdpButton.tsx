import { Button } from '@mantine/core';
import { useIdpList } from '../../api/idp';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';

/** "Open IDP draft" while one is being written, "Open IDP" once a plan has been issued, "Start an IDP" otherwise. */
export function IdpButton({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const versions = useIdpList(learnerId);
  if (versions.isPending || versions.isError) return <ErrorAlert error={versions.error} />;
  const label = versions.data.some((v) => v.status === 'draft') ? 'openDraft' : versions.data.length > 0 ? 'open' : 'start';
  return (
    <Button component="a" href={hrefFor.idp(learnerId)} variant="light" size="xs">
      {t(`learner.idp.${label}`)}
    </Button>
  );
}
