import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { useIdpForm } from './fields';
import { rowName } from './labels';

/** Changes one row: `typing` waits for a pause before saving. */
export type SetRow<T> = (patch: Partial<T>, typing?: boolean) => void;

interface Props<T extends { id: string }> {
  rows: readonly T[];
  onChange: (rows: T[], typing?: boolean) => void;
  /** The list's name in `idp.rows` ("views" → "View 2") and `idp.add` ("Add a view"). */
  list: string;
  create: () => T;
  max: number;
  children: (row: T, set: SetRow<T>, n: number) => ReactNode;
  /** Rows that hold a lot (provision elements) get more room. */
  spacious?: boolean;
}

function Moves({ name, first, last, onMove, onRemove }: { name: string; first: boolean; last: boolean; onMove: (step: -1 | 1) => void; onRemove: () => void }) {
  const { t } = useI18n();
  const up = t('idp.rows.moveUp', { name });
  const down = t('idp.rows.moveDown', { name });
  const remove = t('idp.rows.remove', { name });
  return (
    <Group gap={4} wrap="nowrap">
      {/* Looks disabled at the ends but keeps focus, so a keyboard user moving a row is not thrown out of it. */}
      <ActionIcon variant="default" aria-label={up} title={up} data-disabled={first || undefined} aria-disabled={first} onClick={() => !first && onMove(-1)}>
        <span aria-hidden>↑</span>
      </ActionIcon>
      <ActionIcon variant="default" aria-label={down} title={down} data-disabled={last || undefined} aria-disabled={last} onClick={() => !last && onMove(1)}>
        <span aria-hidden>↓</span>
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" c="red.9" aria-label={remove} title={remove} onClick={onRemove}>
        <span aria-hidden>✕</span>
      </ActionIcon>
    </Group>
  );
}

/** The element a row's heading is in, to move to it from the outline and the checks. */
export const rowElementId = (rowId: string) => `idp-row-${rowId}`;

/** One way to edit every list in the plan: rows added, changed, moved up or down, removed; saved as the whole list. */
export function RowsEditor<T extends { id: string }>({ rows, onChange, list, create, max, children, spacious }: Props<T>) {
  const { t } = useI18n();
  const { readOnly } = useIdpForm();
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    if (!added) return;
    // A new row: straight into its first field.
    document.getElementById(rowElementId(added))?.querySelector<HTMLElement>('input, textarea')?.focus();
    setAdded(null);
  }, [added]);
  const setRow = (id: string) => (patch: Partial<T>, typing?: boolean) => onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)), typing);
  const move = (i: number, step: -1 | 1) => {
    const next = [...rows];
    [next[i], next[i + step]] = [next[i + step]!, next[i]!];
    onChange(next);
  };
  const add = () => {
    const row = create();
    onChange([...rows, row]);
    setAdded(row.id);
  };
  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t(`idp.none.${list}`)}
        </Text>
      )}
      {rows.map((row, i) => {
        const name = rowName(t, list, i + 1);
        return (
          <Paper key={row.id} id={rowElementId(row.id)} withBorder radius="md" p={spacious ? 'md' : 'sm'} role="group" aria-label={name} bg={spacious ? undefined : 'gray.0'} style={{ scrollMarginTop: 76 }}>
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text fw={700} size="sm" tabIndex={-1} data-row-heading>
                {name}
              </Text>
              {!readOnly && <Moves name={name} first={i === 0} last={i === rows.length - 1} onMove={(step) => move(i, step)} onRemove={() => onChange(rows.filter((r) => r.id !== row.id))} />}
            </Group>
            {children(row, setRow(row.id), i + 1)}
          </Paper>
        );
      })}
      {!readOnly && (
        <Button variant="light" w="fit-content" onClick={add} disabled={rows.length >= max}>
          {t(`idp.add.${list}`)}
        </Button>
      )}
    </Stack>
  );
}
