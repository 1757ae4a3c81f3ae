import { Button, Code, Modal, Stack, Text } from '@mantine/core';
import { useSubjectAccessExport } from '../../api/retention';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

/** Everything held about the learner, as a folder chosen in the dialog; then where it went and how many files. */
export function SubjectAccessButton({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const exp = useSubjectAccessExport(learnerId);
  const saved = exp.data?.saved;
  return (
    <>
      <Button variant="default" size="xs" loading={exp.isPending} onClick={() => exp.mutate()}>
        {t('subjectAccess.button')}
      </Button>
      {exp.isError && (
        <Modal opened onClose={() => exp.reset()} title={t('subjectAccess.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
          <ErrorAlert error={exp.error} />
        </Modal>
      )}
      {saved && (
        <Modal opened onClose={() => exp.reset()} title={t('subjectAccess.title')} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
          <Stack gap="sm">
            <Text role="status">{t('subjectAccess.done', { count: exp.data!.files })}</Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {saved}
            </Code>
            <Text size="sm" c="dimmed">
              {t('subjectAccess.note')}
            </Text>
            <Button variant="default" onClick={() => exp.reset()} style={{ alignSelf: 'flex-end' }} data-autofocus>
              {t('common.close')}
            </Button>
          </Stack>
        </Modal>
      )}
    </>
  );
}
