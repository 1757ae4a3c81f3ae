/**
 * A review's papers: before the meeting, the invitation and contribution sheet for the learner, a parent or carer,
 * or staff (PDF or Word, in the meeting's language); and the record of the meeting (PDF or Word). A cancelled
 * meeting has no one to invite, so only its record is offered.
 */
import { Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { SheetAudience, type Review } from '../../../../shared/schemas/review';
import { reviewRecordExports, reviewSheetsExports } from '../../api/review-exports';
import { ExportActions } from '../../components/ExportActions';
import { useI18n } from '../../i18n';

export function ReviewExportActions({ review }: { review: Review }) {
  const { t } = useI18n();
  const [audience, setAudience] = useState<SheetAudience>('parent');
  return (
    <Stack gap="lg">
      {review.status !== 'cancelled' && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('reviewExport.sheetsHeading')}
          </Title>
          <Radio.Group label={t('reviewExport.audience')} value={audience} onChange={(v) => setAudience(SheetAudience.parse(v))}>
            <Group gap="md" mt={4}>
              {SheetAudience.options.map((a) => (
                <Radio key={a} value={a} label={t(`reviewExport.audiences.${a}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            {t('reviewExport.languageNote', { language: t(`reviewExport.languages.${review.language}`) })}
          </Text>
          <ExportActions calls={reviewSheetsExports(review.id, audience)} labels={{ print: t('reviewExport.sheetsPdf'), docx: t('reviewExport.sheetsDocx') }} />
        </Stack>
      )}
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('reviewExport.recordHeading')}
        </Title>
        <ExportActions calls={reviewRecordExports(review.id)} labels={{ print: t('reviewExport.recordPdf'), docx: t('reviewExport.recordDocx') }} />
      </Stack>
    </Stack>
  );
}
