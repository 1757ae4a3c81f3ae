import { Anchor, Loader } from '@mantine/core';
import { useIdp } from '../../api/idp';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { IdpReadOnly } from './IdpReadOnly';

/** Any version of a plan, as it is stored: read-only, exportable. */
export function IdpVersionPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useIdp(id);
  if (query.isPending) return <Loader aria-label={t('app.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const idp = query.data;
  const back = (
    <Anchor href={hrefFor.idp(idp.learnerId)} size="sm">
      ← {t('idp.backToPlan')}
    </Anchor>
  );
  return <IdpReadOnly idp={idp} back={back} />;
}
