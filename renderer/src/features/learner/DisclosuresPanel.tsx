import { Loader, Table, Text } from '@mantine/core';
import { useDisclosures } from '../../api/idp-extras';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableHead } from '../../components/TableHead';
import { useI18n } from '../../i18n';
import { formatDate } from './labels';

const COLUMNS = ['date', 'recipient', 'purpose', 'items', 'method'] as const;

/** The core records how something went in English words; the ones it writes are shown in the interface language. */
const METHODS: Record<string, string> = { 'Word document': 'word', 'Encrypted transfer file': 'transfer', 'Folder of files': 'folder' };

/** What has been shared about this learner outside the school, with whom and why (a case pack for the LA…). */
export function DisclosuresPanel({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const disclosures = useDisclosures(learnerId);
  const d = (key: string) => t(`learner.disclosures.${key}`);
  if (disclosures.isPending) return <Loader aria-label={t('app.loading')} />;
  if (disclosures.isError) return <ErrorAlert error={disclosures.error} />;
  if (disclosures.data.length === 0) return <Text c="dimmed">{d('empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={d('tableLabel')} striped verticalSpacing="sm">
        <TableHead columns={COLUMNS.map((c) => d(`columns.${c}`))} />
        <Table.Tbody>
          {disclosures.data.map((x) => (
            <Table.Tr key={x.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(x.date)}</Table.Td>
              <Table.Td>{x.recipient}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{x.purpose}</Table.Td>
              <Table.Td>
                <ul style={{ margin: 0, paddingInlineStart: '1.1em' }}>
                  {x.items.map((item, i) => (
                    <li key={`${i}-${item}`}>{item}</li>
                  ))}
                </ul>
              </Table.Td>
              <Table.Td>{METHODS[x.method] ? d(`methods.${METHODS[x.method]}`) : x.method}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
