import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import { ActionsTable } from './ActionsTable';
import { OutcomesTable } from './OutcomesTable';
import { PerspectiveCards } from './PerspectiveCards';
import { RecordText } from './RecordText';
import type { ReviewEditor } from './use-review-editor';

type Heading = 'appreciation' | 'importantNow' | 'importantFuture' | 'bestSupport' | 'questions';

/**
 * The meeting written up under the person-centred headings (domain.md §2.7): about the learner, what is working and
 * not working from each perspective, questions, the action plan and, for an IDP review, the outcomes.
 */
export function RecordForm({ editor, name, readOnly, canTick }: { editor: ReviewEditor; name: string; readOnly: boolean; canTick: boolean }) {
  const { t } = useI18n();
  const text = (heading: Heading, description?: string) => (
    <RecordText
      label={t(`reviews.record.${heading}`, { name })}
      description={description}
      value={editor.record[heading]}
      onType={(value) => editor.change({ [heading]: value }, true)}
      onLeave={() => editor.flush()}
      readOnly={readOnly}
    />
  );
  const linesHint = readOnly ? undefined : t('reviews.record.linesHint');
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="review-about">
        <Title order={2} size="h3" id="review-about" mb="sm">
          {t('reviews.record.aboutTitle', { name })}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {text('appreciation', linesHint)}
          {text('importantNow', linesHint)}
          {text('importantFuture', linesHint)}
          {text('bestSupport', linesHint)}
        </SimpleGrid>
      </Paper>
      <PerspectiveCards editor={editor} readOnly={readOnly} />
      {text('questions')}
      <ActionsTable editor={editor} readOnly={readOnly} canTick={canTick} />
      {editor.record.elementOutcomes.length > 0 && <OutcomesTable editor={editor} readOnly={readOnly} />}
    </Stack>
  );
}
