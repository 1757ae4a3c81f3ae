/**
 * A draft IDP: the whole plan as sections in the order of the form, a side outline with each section's state, the
 * checks as they write, the plan's language, issuing, exporting and discarding. Every section saves itself.
 */
import { Button, Group, Select, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { blockingCount, sectionStates } from '../../../../shared/rules/idp-quality';
import type { Idp, PlanLanguage } from '../../../../shared/schemas/idp';
import { useDiscardIdpDraft } from '../../api/idp';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SaveStatus } from '../../components/SaveStatus';
import { useI18n } from '../../i18n';
import { ChecksPanel } from './ChecksPanel';
import { IdpFormProvider } from './fields';
import { IdpExportActions } from './IdpExportActions';
import { IdpHeader } from './IdpHeader';
import { IdpOutline } from './IdpOutline';
import { IdpSections } from './IdpSections';
import { IssueModal } from './IssueModal';
import { OPTIONS, optionList } from './labels';
import { useIdpEditor } from './use-idp-editor';
import { VersionsPanel } from './VersionsPanel';

function Discard({ idp, finishSaving }: { idp: Idp; finishSaving: () => Promise<number> }) {
  const { t } = useI18n();
  const discard = useDiscardIdpDraft(idp.learnerId);
  const [confirming, setConfirming] = useState(false);
  const run = async () => discard.mutate({ idpId: idp.id, version: await finishSaving() });
  return (
    <>
      <Button variant="subtle" color="red" c="red.9" onClick={() => setConfirming(true)} loading={discard.isPending}>
        {t('idp.discard.button')}
      </Button>
      <ErrorAlert error={discard.error} />
      {confirming && <ConfirmModal message={t('idp.discard.confirm', { n: idp.versionNumber })} confirmLabel={t('idp.discard.button')} onConfirm={() => void run()} onClose={() => setConfirming(false)} />}
    </>
  );
}

export function IdpEditor({ idp, reload }: { idp: Idp; reload: () => Promise<Idp | undefined> }) {
  const { t } = useI18n();
  const editor = useIdpEditor(idp, reload);
  const { content, problems } = editor;
  const states = useMemo(() => sectionStates(content, problems), [content, problems]);
  const [issuing, setIssuing] = useState(false);
  const form = { readOnly: false, flush: editor.flush, refresh: editor.refresh, idpId: idp.id, learnerId: idp.learnerId };
  return (
    <IdpFormProvider value={form}>
      <Stack>
        <IdpHeader idp={idp} blocking={blockingCount(problems)}>
          <Group align="flex-end" gap="sm">
            <Select label={t('idp.planLanguage')} data={optionList(t, OPTIONS.planLanguage)} value={idp.planLanguage} onChange={(v) => v && editor.setLanguage(v as PlanLanguage)} allowDeselect={false} w={160} />
            <Button onClick={() => setIssuing(true)}>{t('idp.issue.button')}</Button>
            <Discard idp={idp} finishSaving={editor.finishSaving} />
          </Group>
          <IdpExportActions idp={idp} before={editor.finishSaving} />
        </IdpHeader>
        <SaveStatus state={editor.state} error={editor.error} conflict={t('idp.conflict')} />
        <ChecksPanel content={content} problems={problems} />
        <Group align="flex-start" gap="lg" wrap="nowrap">
          <IdpOutline maintainedBy={content.administration.maintainedBy} states={states} />
          <IdpSections content={content} set={editor.set} problems={problems} states={states} learnerName={idp.learnerName} />
        </Group>
        <VersionsPanel learnerId={idp.learnerId} currentId={idp.id} />
        {issuing && <IssueModal idp={idp} content={content} problems={problems} finishSaving={editor.finishSaving} onClose={() => setIssuing(false)} />}
      </Stack>
    </IdpFormProvider>
  );
}
