import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { IdpSectionId } from '../../../../shared/forms/idp-annex-a';
import type { SectionState } from '../../../../shared/rules/idp-quality';
import { useI18n } from '../../i18n';
import { sectionHeading } from './labels';

const STATE_LOOK: Record<SectionState, { icon: string; bg: string; c: string }> = {
  empty: { icon: '○', bg: 'gray', c: 'gray.8' },
  needsWork: { icon: '!', bg: 'yellow', c: 'dark.8' },
  complete: { icon: '✓', bg: 'teal', c: 'teal.9' },
};

/** A section's completeness in words and a sign (never colour alone). */
export function StateBadge({ state }: { state: SectionState }) {
  const { t } = useI18n();
  const look = STATE_LOOK[state];
  return (
    <Badge variant="light" color={look.bg} c={look.c} leftSection={<span aria-hidden>{look.icon}</span>} style={{ flex: '0 0 auto' }}>
      {t(`idp.state.${state}`)}
    </Badge>
  );
}

export const sectionElementId = (id: IdpSectionId) => `idp-${id}`;

/** One section of the plan: its heading from the form definition, its state, and its fields. */
export function SectionFrame({ id, state, children }: { id: IdpSectionId; state?: SectionState; children: ReactNode }) {
  const { language } = useI18n();
  const headingId = `${sectionElementId(id)}-heading`;
  return (
    <Paper component="section" id={sectionElementId(id)} aria-labelledby={headingId} withBorder radius="md" p="md" style={{ scrollMarginTop: 76 }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h3" id={headingId} tabIndex={-1}>
            {sectionHeading(id, language)}
          </Title>
          {state && <StateBadge state={state} />}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** Moves to a section, or to a row in it, and puts the keyboard focus on its heading. */
export function goTo(section: IdpSectionId, rowElement?: string): void {
  const row = rowElement ? document.getElementById(rowElement) : null;
  const target = row ?? document.getElementById(sectionElementId(section));
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  const heading = row ? row.querySelector<HTMLElement>('[data-row-heading]') : document.getElementById(`${sectionElementId(section)}-heading`);
  heading?.focus({ preventScroll: true });
}
