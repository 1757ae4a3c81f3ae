import { Alert, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { unmappedRequired, type ColumnMapping } from '../../../../shared/rules/import-mapping';
import { IMPORT_FIELDS, type ImportField } from '../../../../shared/rules/import-values';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { fieldName } from './problem-text';

const IGNORE = 'ignore';

interface Props {
  headers: string[];
  sample: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onNext: () => void;
  busy: boolean;
  error: unknown;
}

/** Columns whose field another column also claims. */
function clashes(mapping: ColumnMapping): Set<string> {
  const byField = new Map<ImportField, string[]>();
  for (const [column, field] of Object.entries(mapping)) if (field) byField.set(field, [...(byField.get(field) ?? []), column]);
  return new Set([...byField.values()].filter((columns) => columns.length > 1).flat());
}

function Warnings({ mapping }: { mapping: ColumnMapping }) {
  const { t } = useI18n();
  const missing = unmappedRequired(mapping);
  const noUpn = !Object.values(mapping).includes('upn');
  if (!missing.length && !noUpn) return null;
  return (
    <Alert color="yellow" variant="light">
      <Stack gap="xs">
        {missing.length > 0 && <Text size="sm">{t('import.mapping.missing', { fields: missing.map((f) => fieldName(t, f)).join(', ') })}</Text>}
        {noUpn && <Text size="sm">{t('import.mapping.noUpn')}</Text>}
      </Stack>
    </Alert>
  );
}

interface RowProps {
  column: string;
  header: string;
  example: string;
  field: ImportField | null;
  clash: boolean;
  onChange: (column: string, value: string | null) => void;
}

function MappingRow({ column, header, example, field, clash, onChange }: RowProps) {
  const { t } = useI18n();
  const name = header || t('import.mapping.untitled', { n: Number(column) + 1 });
  const options = [{ value: IGNORE, label: t('import.mapping.ignore') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: fieldName(t, f) }))];
  return (
    <Table.Tr>
      <Table.Th scope="row">{name}</Table.Th>
      <Table.Td>
        <Text size="sm" truncate maw={240}>
          {example}
        </Text>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('import.mapping.fieldFor', { column: name })}
          data={options}
          value={field ?? IGNORE}
          onChange={(v) => onChange(column, v)}
          allowDeselect={false}
          error={clash ? t('import.mapping.usedTwice') : undefined}
          w={320}
        />
      </Table.Td>
    </Table.Tr>
  );
}

/** Step 2: which column holds which field, suggested from the headers, changeable, or ignored. */
export function MappingStep({ headers, sample, mapping, onChange, onBack, onNext, busy, error }: Props) {
  const { t } = useI18n();
  const clash = clashes(mapping);
  const set = (column: string, value: string | null) => onChange({ ...mapping, [column]: !value || value === IGNORE ? null : (value as ImportField) });

  return (
    <Stack>
      <Title order={2} size="h3">
        {t('import.mapping.heading')}
      </Title>
      <Text>{t('import.mapping.intro')}</Text>
      <Table striped withTableBorder maw={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.mapping.column')}</Table.Th>
            <Table.Th scope="col">{t('import.mapping.example')}</Table.Th>
            <Table.Th scope="col">{t('import.mapping.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header, i) => (
            <MappingRow key={i} column={String(i)} header={header} example={sample[i] ?? ''} field={mapping[String(i)] ?? null} clash={clash.has(String(i))} onChange={set} />
          ))}
        </Table.Tbody>
      </Table>
      <Warnings mapping={mapping} />
      <ErrorAlert error={error} />
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('import.back')}
        </Button>
        <Button onClick={onNext} loading={busy} disabled={clash.size > 0}>
          {t('import.mapping.continue')}
        </Button>
      </Group>
    </Stack>
  );
}
