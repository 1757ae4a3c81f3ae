import { Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { OutcomeStatus, type ReviewRecord } from '../../../../shared/schemas/review';
import { useI18n } from '../../i18n';
import { SectionTable } from './SectionTable';
import type { ReviewEditor } from './use-review-editor';

type Outcome = ReviewRecord['elementOutcomes'][number];

/** For an IDP review: each provision element's outcome, and whether it was met, partly met or not met. */
export function OutcomesTable({ editor, readOnly }: { editor: ReviewEditor; readOnly: boolean }) {
  const { t } = useI18n();
  const outcomes = editor.record.elementOutcomes;
  const set = (elementId: string, patch: Partial<Outcome>, typing = false) =>
    editor.change({ elementOutcomes: outcomes.map((o) => (o.elementId === elementId ? { ...o, ...patch } : o)) }, typing);
  const options = OutcomeStatus.options.map((s) => ({ value: s, label: t(`reviews.outcomeStatus.${s}`) }));
  const columns = ['outcome', 'status', 'comment'].map((c) => t(`reviews.record.outcomeColumns.${c}`));
  return (
    <Stack gap="sm" component="section" aria-labelledby="review-outcomes">
      <Title order={2} size="h3" id="review-outcomes">
        {t('reviews.record.outcomesTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('reviews.record.outcomesHint')}
      </Text>
      <SectionTable labelledBy="review-outcomes" minWidth={720} columns={columns}>
        {outcomes.map((o, i) => {
          const n = i + 1;
          return (
            <Table.Tr key={o.elementId}>
              <Table.Td w="45%">
                <Text size="sm">{o.outcome || t('reviews.record.outcomeUnnamed', { n })}</Text>
              </Table.Td>
              <Table.Td miw={170}>
                <Select
                  aria-label={t('reviews.record.outcomeStatusN', { n })}
                  placeholder={t('reviews.record.notRecorded')}
                  data={options}
                  value={o.status}
                  onChange={(v) => set(o.elementId, { status: v as Outcome['status'] })}
                  readOnly={readOnly}
                  variant={readOnly ? 'filled' : 'default'}
                  clearable={!readOnly}
                />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t('reviews.record.outcomeCommentN', { n })} value={o.comment} onChange={(e) => set(o.elementId, { comment: e.currentTarget.value }, true)} onBlur={() => editor.flush()} readOnly={readOnly} variant={readOnly ? 'filled' : 'default'} maxLength={2000} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </SectionTable>
    </Stack>
  );
}
