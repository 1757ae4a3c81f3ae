import { Anchor, Button, Collapse, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { sectionsFor } from '../../../../shared/forms/idp-annex-a';
import { blockingCount, type IdpProblem } from '../../../../shared/rules/idp-quality';
import type { IdpContent } from '../../../../shared/schemas/idp';
import { useI18n } from '../../i18n';
import { sectionHeading } from './labels';
import { byWeight, problemRow, problemText } from './problem-text';
import { rowElementId } from './RowsEditor';
import { goTo, sectionElementId } from './SectionFrame';

/** Every check on the plan, section by section: the gaps that block issuing, then warnings; each leads to its place. */
export function ChecksPanel({ content, problems }: { content: IdpContent; problems: readonly IdpProblem[] }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const gaps = blockingCount(problems);
  const warnings = problems.length - gaps;
  const summary = problems.length === 0 ? t('idp.checks.allClear') : [t('idp.checks.gaps', { count: gaps }), t('idp.checks.warnings', { count: warnings })].join(' · ');
  return (
    <Paper component="section" aria-labelledby="idp-checks" withBorder radius="md" p="md">
      <Group justify="space-between">
        <div>
          <Title order={2} size="h4" id="idp-checks">
            {t('idp.checks.title')}
          </Title>
          <Text size="sm">{summary}</Text>
        </div>
        {problems.length > 0 && (
          <Button variant="default" size="xs" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls="idp-checks-list">
            {open ? t('idp.checks.hide') : t('idp.checks.show')}
          </Button>
        )}
      </Group>
      <Collapse expanded={open && problems.length > 0} id="idp-checks-list">
        <Stack gap="sm" mt="sm">
          {sectionsFor(content.administration.maintainedBy).map(({ id }) => {
            const mine = byWeight(problems.filter((p) => p.section === id));
            if (mine.length === 0) return null;
            return (
              <div key={id}>
                <Text fw={600} size="sm">
                  {sectionHeading(id, language)}
                </Text>
                <List size="sm" spacing={2}>
                  {mine.map((p, i) => {
                    const row = problemRow(t, content, p);
                    const target = p.rowId && row ? rowElementId(p.rowId) : undefined;
                    return (
                      <List.Item key={`${p.code}-${p.rowId ?? ''}-${p.vague?.id ?? i}`}>
                        <Text span size="sm" fw={700}>
                          {p.blocking ? t('idp.checks.gap') : t('idp.checks.warning')}
                        </Text>{' '}
                        <Anchor
                          size="sm"
                          href={`#${target ?? sectionElementId(id)}`}
                          onClick={(e) => {
                            e.preventDefault();
                            goTo(id, target);
                          }}
                        >
                          {[row, problemText(t, p)].filter(Boolean).join(': ')}
                        </Anchor>
                      </List.Item>
                    );
                  })}
                </List>
              </div>
            );
          })}
        </Stack>
      </Collapse>
    </Paper>
  );
}
