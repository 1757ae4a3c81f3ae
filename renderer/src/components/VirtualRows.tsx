import { Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

interface Props<T> {
  rows: T[];
  rowKey: (row: T) => string;
  renderRow: (row: T) => ReactNode;
  /** The header cells (Table.Th). */
  header: ReactNode;
  label: string;
  rowHeight: number;
  /** CSS height of the scrolling box. */
  height: string;
}

/** A table that puts only the rows in view into the page, so a whole school's list scrolls smoothly. */
export function VirtualRows<T>({ rows, rowKey, renderRow, header, label, rowHeight, height }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 12 });
  const items = virtual.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} style={{ maxHeight: height, overflow: 'auto' }} tabIndex={-1}>
      <Table stickyHeader highlightOnHover aria-label={label} aria-rowcount={rows.length + 1}>
        <Table.Thead>
          <Table.Tr>{header}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top > 0 && <tr aria-hidden style={{ height: top }} />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return <Table.Tr key={rowKey(row)} style={{ height: rowHeight }}>{renderRow(row)}</Table.Tr>;
          })}
          {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
