import { Group, List, Radio, Stack, Table, Text, TextInput } from '@mantine/core';
import type { ImportField } from '../../../../shared/rules/import-values';
import type { ImportPreviewRow } from '../../../../shared/schemas/import';
import { useI18n } from '../../i18n';
import { fieldName, fixableFields, problemText } from './problem-text';

export type Choice = 'skip' | 'fix';
export type RowFixes = Partial<Record<ImportField, string>>;

/** Only this many problem rows are drawn; "Skip all" covers the rest. */
export const SHOWN_ROWS = 100;

export interface ProblemRowState {
  /** The row as the latest check sees it (with the fixes sent so far). */
  current: ImportPreviewRow;
  /** The fields that had problems before any fix, so a fix box does not vanish once it is right. */
  fields: ImportField[];
  choice: Choice | undefined;
  fixes: RowFixes;
}

interface RowProps extends ProblemRowState {
  onChoose: (row: number, choice: Choice) => void;
  onFix: (row: number, field: ImportField, value: string) => void;
}

function FixInputs({ current, fields, fixes, onFix }: Pick<RowProps, 'current' | 'fields' | 'fixes' | 'onFix'>) {
  const { t } = useI18n();
  return (
    <Stack gap="xs" mt="xs">
      {fields.map((field) => (
        <TextInput
          key={field}
          label={fieldName(t, field)}
          aria-label={t('import.check.fixLabel', { field: fieldName(t, field), row: current.row })}
          value={fixes[field] ?? current.raw?.[field] ?? ''}
          onChange={(e) => onFix(current.row, field, e.currentTarget.value)}
          size="sm"
          w={260}
        />
      ))}
    </Stack>
  );
}

function ProblemRow({ current, fields, choice, fixes, onChoose, onFix }: RowProps) {
  const { t } = useI18n();
  const fixed = choice === 'fix' && current.problems.length === 0;
  const canFix = fields.length > 0 && !current.problems.some((p) => p.field === null);
  return (
    <Table.Tr>
      <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
        {t('import.check.rowLabel', { row: current.row })}
      </Table.Th>
      <Table.Td>
        {fixed ? (
          <Text c="teal.9" fw={600}>
            {t('import.check.fixed')}
          </Text>
        ) : (
          <List size="sm">
            {current.problems.map((p, i) => (
              <List.Item key={i}>{problemText(t, p)}</List.Item>
            ))}
          </List>
        )}
      </Table.Td>
      <Table.Td>
        <Group role="radiogroup" aria-label={t('import.check.choiceFor', { row: current.row })} gap="md">
          <Radio name={`choice-${current.row}`} label={t('import.check.skip')} checked={choice === 'skip'} onChange={() => onChoose(current.row, 'skip')} />
          {canFix && <Radio name={`choice-${current.row}`} label={t('import.check.fix')} checked={choice === 'fix'} onChange={() => onChoose(current.row, 'fix')} />}
        </Group>
        {choice === 'fix' && <FixInputs current={current} fields={fields} fixes={fixes} onFix={onFix} />}
      </Table.Td>
    </Table.Tr>
  );
}

interface TableProps {
  rows: ProblemRowState[];
  onChoose: RowProps['onChoose'];
  onFix: RowProps['onFix'];
}

/** Every row with a problem (up to SHOWN_ROWS), what is wrong in plain words, and a choice: skip or fix. */
export function ProblemTable({ rows, onChoose, onFix }: TableProps) {
  const { t } = useI18n();
  return (
    <Table withTableBorder verticalSpacing="sm" aria-label={t('import.check.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('import.check.row')}</Table.Th>
          <Table.Th scope="col">{t('import.check.problems')}</Table.Th>
          <Table.Th scope="col">{t('import.check.choice')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.slice(0, SHOWN_ROWS).map((r) => (
          <ProblemRow key={r.current.row} {...r} onChoose={onChoose} onFix={onFix} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
