import { Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportSummary } from '../../../../shared/schemas/import';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { problemText } from './problem-text';

/** Only this many skipped rows are listed; the count above covers them all. */
const LISTED = 200;

interface Props {
  summary: ImportSummary;
  onAnother: () => void;
}

function SkippedTable({ skipped }: { skipped: ImportSummary['skipped'] }) {
  const { t } = useI18n();
  return (
    <Table withTableBorder maw={900} aria-label={t('import.summary.skippedHeading')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('import.check.row')}</Table.Th>
          <Table.Th scope="col">{t('import.summary.reasons')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {skipped.slice(0, LISTED).map(({ row, reasons }) => (
          <Table.Tr key={row}>
            <Table.Th scope="row">{t('import.check.rowLabel', { row })}</Table.Th>
            <Table.Td>
              {reasons.length === 0 ? (
                t('import.summary.skippedByChoice')
              ) : (
                <List size="sm">
                  {reasons.map((p, i) => (
                    <List.Item key={i}>{problemText(t, p)}</List.Item>
                  ))}
                </List>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Step 4: what the import did. */
export function SummaryStep({ summary, onAnother }: Props) {
  const { t } = useI18n();
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('import.summary.heading')}
      </Title>
      <List spacing="xs" data-testid="import-summary">
        <List.Item>{t('import.summary.added', { count: summary.added })}</List.Item>
        <List.Item>{t('import.summary.updated', { count: summary.updated })}</List.Item>
        <List.Item>{t('import.summary.unchanged', { count: summary.unchanged })}</List.Item>
        <List.Item>{t('import.summary.skipped', { count: summary.skipped.length })}</List.Item>
      </List>
      {summary.skipped.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('import.summary.skippedHeading')}
          </Title>
          {summary.skipped.length > LISTED && <Text size="sm">{t('import.summary.showing', { shown: LISTED, total: summary.skipped.length })}</Text>}
          <SkippedTable skipped={summary.skipped} />
        </>
      )}
      <Group>
        <Button component="a" href={hrefFor.section('caseload')}>
          {t('import.summary.toCaseload')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('import.summary.another')}
        </Button>
      </Group>
    </Stack>
  );
}
