import { Table, VisuallyHidden } from '@mantine/core';

/** A table's column headings; `actions` names a last column of buttons for screen readers only. */
export function TableHead({ columns, actions }: { columns: string[]; actions?: string }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c) => (
          <Table.Th key={c} scope="col">
            {c}
          </Table.Th>
        ))}
        {actions && (
          <Table.Th scope="col">
            <VisuallyHidden>{actions}</VisuallyHidden>
          </Table.Th>
        )}
      </Table.Tr>
    </Table.Thead>
  );
}
