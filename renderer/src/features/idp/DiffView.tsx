import { Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { IdpSectionId } from '../../../../shared/forms/idp-annex-a';
import { diffIdp, type FieldChange } from '../../../../shared/rules/idp-diff';
import type { Idp, IdpContent } from '../../../../shared/schemas/idp';
import { useI18n, type Translate } from '../../i18n';
import { NESTED_ROWS } from '../../../../shared/rules/idp-rows';
import { displayValue, fieldLabel, rowName, rowSummary, sectionHeading } from './labels';
import { useNeedNames } from './sections/AlnDescriptionSection';

type NeedName = (code: string) => string;

/** The row a change is about, in the version it is in (the newer one, or the older for a removed row). */
function rowOf(content: IdpContent, section: IdpSectionId, n: number): Record<string, unknown> | undefined {
  const nested = NESTED_ROWS[section];
  const rows = (nested ? (content[section] as unknown as Record<string, unknown[]>)[nested] : content[section]) as Record<string, unknown>[];
  return rows[n - 1];
}

/** One change in a table row: what changed (the row and field), before and after, in words. */
function changeCells(t: Translate, section: IdpSectionId, c: FieldChange, before: IdpContent, after: IdpContent, needName: NeedName) {
  const list = NESTED_ROWS[section] ?? section;
  const row = c.row !== undefined ? rowName(t, list, c.row) : null;
  if (c.kind === 'changed') {
    const field = c.field ? fieldLabel(t, section, c.field) : '';
    return { what: [row, field].filter(Boolean).join(': '), before: displayValue(t, section, c.field ?? '', c.before, needName), after: displayValue(t, section, c.field ?? '', c.after, needName) };
  }
  const summary = (content: IdpContent) => {
    const found = c.row !== undefined ? rowOf(content, section, c.row) : undefined;
    return found ? rowSummary(t, section, found, needName) : c.kind === 'added' ? c.after : c.before;
  };
  return c.kind === 'added'
    ? { what: t('idp.diff.added', { name: row ?? '' }), before: '', after: summary(after) }
    : { what: t('idp.diff.removed', { name: row ?? '' }), before: summary(before), after: '' };
}

/** What changed between two versions, section by section in the order of the form. */
export function DiffView({ from, to }: { from: Idp; to: Idp }) {
  const { t, language } = useI18n();
  const needs = useNeedNames();
  const diff = diffIdp(from.content, to.content);
  const title = t('idp.diff.title', { from: from.versionNumber, to: to.versionNumber });
  const heading = useRef<HTMLHeadingElement>(null);
  // The comparison asked for is where the keyboard goes next.
  useEffect(() => heading.current?.focus(), [from.id, to.id]);
  return (
    <Stack component="section" aria-label={title} gap="sm" style={{ scrollMarginTop: 76 }}>
      <Title order={3} size="h4" ref={heading} tabIndex={-1}>
        {title}
      </Title>
      {diff.length === 0 && <Text size="sm">{t('idp.diff.same')}</Text>}
      {diff.map(({ section, changes }) => (
        <Table key={section} withTableBorder layout="fixed" striped>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, color: 'var(--mantine-color-text)' }}>{sectionHeading(section, language)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">{t('idp.diff.what')}</Table.Th>
              <Table.Th>{t('idp.diff.before', { n: from.versionNumber })}</Table.Th>
              <Table.Th>{t('idp.diff.after', { n: to.versionNumber })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((c, i) => {
              const cells = changeCells(t, section, c, from.content, to.content, needs.name);
              return (
                <Table.Tr key={i}>
                  <Table.Th scope="row" fw={600}>
                    {cells.what}
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{cells.before || '–'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{cells.after || '–'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ))}
    </Stack>
  );
}
