/** A version of an IDP as it was given (or superseded, or ceased): the same sections and outline, read-only. */
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { checkIdp, sectionStates } from '../../../../shared/rules/idp-quality';
import type { Idp } from '../../../../shared/schemas/idp';
import { useStartIdpDraft } from '../../api/idp';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { CeaseModal } from './CeaseModal';
import { IdpFormProvider } from './fields';
import { IdpExportActions } from './IdpExportActions';
import { IdpHeader } from './IdpHeader';
import { IdpOutline } from './IdpOutline';
import { IdpSections } from './IdpSections';
import { optionLabel, OPTIONS } from './labels';
import { VersionsPanel } from './VersionsPanel';

/** The plan in force: start the next draft from it (a review or a change), or stop maintaining it. */
function InForceActions({ idp }: { idp: Idp }) {
  const { t } = useI18n();
  const start = useStartIdpDraft();
  const [ceasing, setCeasing] = useState(false);
  return (
    <Group align="flex-end" gap="sm">
      <Button onClick={() => start.mutate(idp.learnerId)} loading={start.isPending}>
        {t('idp.newDraft')}
      </Button>
      <Button variant="subtle" color="red" c="red.9" onClick={() => setCeasing(true)}>
        {t('idp.cease.button')}
      </Button>
      <ErrorAlert error={start.error} />
      {ceasing && <CeaseModal idp={idp} onClose={() => setCeasing(false)} />}
    </Group>
  );
}

export function IdpReadOnly({ idp, back, inForce }: { idp: Idp; back?: ReactNode; inForce?: boolean }) {
  const { t } = useI18n();
  const problems = useMemo(() => checkIdp(idp.content), [idp.content]);
  const states = useMemo(() => sectionStates(idp.content, problems), [idp.content, problems]);
  const form = { readOnly: true, flush: () => {}, refresh: null, idpId: idp.id, learnerId: idp.learnerId };
  return (
    <IdpFormProvider value={form}>
      <Stack>
        <IdpHeader idp={idp} back={back}>
          {inForce && <InForceActions idp={idp} />}
          <IdpExportActions idp={idp} />
        </IdpHeader>
        <Alert color="gray" variant="light">
          {t('idp.readOnly', { language: optionLabel(t, OPTIONS.planLanguage, idp.planLanguage) })}
        </Alert>
        <Group align="flex-start" gap="lg" wrap="nowrap">
          <IdpOutline maintainedBy={idp.content.administration.maintainedBy} states={states} />
          <IdpSections content={idp.content} set={() => {}} problems={problems} states={states} learnerName={idp.learnerName} />
        </Group>
        <VersionsPanel learnerId={idp.learnerId} currentId={idp.id} />
      </Stack>
    </IdpFormProvider>
  );
}
