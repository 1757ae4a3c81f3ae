import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { TableHead } from '../../components/TableHead';

interface Props {
  /** The id of the section's heading, which names the table. */
  labelledBy: string;
  columns: string[];
  /** Names a last column of buttons, for screen readers. */
  actions?: string;
  minWidth: number;
  children: ReactNode;
}

/** A table of rows to fill in, under a section heading (who came, the action plan, the outcomes). */
export function SectionTable({ labelledBy, columns, actions, minWidth, children }: Props) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table aria-labelledby={labelledBy} verticalSpacing="xs">
        <TableHead columns={columns} actions={actions} />
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
