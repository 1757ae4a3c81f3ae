import { Loader, Paper, Stack, Table, Text, Title, useMantineTheme } from '@mantine/core';
import type { ReactNode } from 'react';
import { TERM_WEEKS } from '../../../../shared/rules/interventions';
import type { ImpactReport } from '../../../../shared/schemas/interventions';
import { useOppPlusImpact } from '../../api/opp-plus';
import { BarChart, type Bar } from '../../components/BarChart';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableHead } from '../../components/TableHead';
import { useI18n, type Translate } from '../../i18n';
import { formatChange, formatTime, percent } from '../opp-plus/labels';

type Row = ImpactReport['programmes'][number];

const COLUMNS = ['programme', 'tool', 'learners', 'measured', 'averageChange', 'met', 'attendance'] as const;
const rowName = (t: Translate, r: Row) => (r.tool ? t('plans.impact.programmeOn', { programme: r.programme, tool: r.tool }) : r.programme);

function ProgrammeTable({ rows }: { rows: Row[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={t('plans.impact.tableLabel')} striped>
        <TableHead columns={COLUMNS.map((c) => t(`plans.impact.columns.${c}`))} />
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.programme}\u0000${r.tool ?? ''}`}>
              <Table.Th scope="row">{r.programme}</Table.Th>
              <Table.Td>
                {r.tool ?? '–'}
                {r.better === 'lower' && (
                  <Text span size="xs" c="dimmed" display="block">
                    {t('oppPlus.impact.lowerIsBetter')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{r.learners}</Table.Td>
              <Table.Td>{r.measured}</Table.Td>
              <Table.Td>{formatChange(t, r.tool, r.averageChange, 'higher')}</Table.Td>
              <Table.Td>{r.metShare === null ? '–' : t('plans.impact.metOf', { met: r.met, judged: r.judged, pct: percent(r.metShare) })}</Table.Td>
              <Table.Td>{r.attendance === null ? '–' : percent(r.attendance)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Average change per programme row as bars: progress in the primary colour, a fall the wrong way in orange. */
function ImpactChart({ rows }: { rows: Row[] }) {
  const { t } = useI18n();
  const bars: Bar[] = rows
    .filter((r) => r.averageChange !== null)
    .map((r) => {
      const value = r.averageChange!;
      return { key: `${r.programme}\u0000${r.tool ?? ''}`, label: rowName(t, r), value, valueText: formatChange(t, r.tool, value, r.better), good: value === 0 ? null : (value > 0) === (r.better === 'higher') };
    });
  if (bars.length === 0) return <Text c="dimmed">{t('plans.impact.noChanges')}</Text>;
  const summary = t('plans.impact.chartSummary', { values: bars.map((b) => `${b.label}: ${b.valueText}`).join('; ') });
  return (
    <figure style={{ margin: 0 }}>
      <BarChart bars={bars} summary={summary} />
      <Text component="figcaption" size="sm" c="dimmed" mt="xs">
        {t('plans.impact.chartCaption')}
      </Text>
    </figure>
  );
}

/**
 * The share of measured learners meeting their target and the attendance, per programme row, as percentages on
 * one scale to 100%: two bars a programme, each named with its figure so neither colour nor length is needed.
 */
function ShareChart({ rows }: { rows: Row[] }) {
  const { t } = useI18n();
  const theme = useMantineTheme();
  const figures = [
    { id: 'met', share: (r: Row) => r.metShare, colour: theme.colors.teal[8] },
    { id: 'attendance', share: (r: Row) => r.attendance, colour: theme.colors.indigo[7] },
  ] as const;
  const bars: Bar[] = rows.flatMap((r) =>
    figures.flatMap((f) => {
      const share = f.share(r);
      if (share === null) return [];
      const label = t(`plans.impact.shareBar.${f.id}`, { row: rowName(t, r) });
      return [{ key: `${r.programme}\u0000${r.tool ?? ''}\u0000${f.id}`, label, value: share * 100, valueText: percent(share), good: null, colour: f.colour }];
    }),
  );
  if (bars.length === 0) return <Text c="dimmed">{t('plans.impact.noShares')}</Text>;
  const summary = t('plans.impact.shareSummary', { values: bars.map((b) => `${b.label}: ${b.valueText}`).join('; ') });
  return (
    <figure style={{ margin: 0 }}>
      <BarChart bars={bars} summary={summary} scaleTo={100} />
      <Text component="figcaption" size="sm" c="dimmed" mt="xs">
        {t('plans.impact.shareCaption')}
      </Text>
    </figure>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="md" p="md">
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function StaffTime({ report }: { report: ImpactReport }) {
  const { t } = useI18n();
  return (
    <Stack gap="xs">
      <Text>{t('plans.impact.staffTotal', { week: formatTime(t, report.staffTime.perWeek), term: formatTime(t, report.staffTime.perTerm), weeks: TERM_WEEKS })}</Text>
      <Table aria-label={t('plans.impact.byStaffLabel')} maw={640}>
        <TableHead columns={['staff', 'perWeek', 'perTerm'].map((c) => t(`plans.impact.byStaff.${c}`, { weeks: TERM_WEEKS }))} />
        <Table.Tbody>
          {report.byStaff.map((s) => (
            <Table.Tr key={s.staffName ?? ''}>
              <Table.Th scope="row">{s.staffName ?? t('plans.impact.notAssigned')}</Table.Th>
              <Table.Td>{formatTime(t, s.perWeek)}</Table.Td>
              <Table.Td>{formatTime(t, s.perTerm)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Impact by programme across the caseload (a table and two charts), and the staff time it all takes. */
export function ImpactTab() {
  const { t } = useI18n();
  const report = useOppPlusImpact();
  if (report.isPending) return <Loader aria-label={t('app.loading')} />;
  if (report.isError) return <ErrorAlert error={report.error} />;
  const r = report.data;
  if (r.programmes.length === 0) return <EmptyState title={t('plans.impact.emptyTitle')} body={t('plans.impact.emptyBody')} />;
  return (
    <Stack gap="lg">
      <Text size="sm" maw={760}>
        {t('plans.impact.intro')}
      </Text>
      <ProgrammeTable rows={r.programmes} />
      <Section id="impact-chart" title={t('plans.impact.chartTitle')}>
        <ImpactChart rows={r.programmes} />
      </Section>
      <Section id="share-chart" title={t('plans.impact.shareTitle')}>
        <ShareChart rows={r.programmes} />
      </Section>
      <Section id="staff-time" title={t('plans.impact.staffTitle')}>
        <StaffTime report={r} />
      </Section>
    </Stack>
  );
}
