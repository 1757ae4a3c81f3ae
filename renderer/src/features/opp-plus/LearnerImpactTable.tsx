import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { interventionImpact, learnerTimePerWeek, TERM_WEEKS, totalStaffTime } from '../../../../shared/rules/interventions';
import type { OppPlusPlan } from '../../../../shared/schemas/interventions';
import { TableHead } from '../../components/TableHead';
import { useI18n } from '../../i18n';
import { attendanceText, formatChange, formatTime, metText, scoreText } from './labels';

const COLUMNS = ['programme', 'tool', 'baseline', 'exit', 'change', 'target', 'met', 'attendance'] as const;

/** Each intervention's change from baseline to exit and whether it met its target; the time it all takes. */
export function LearnerImpactTable({ plan }: { plan: OppPlusPlan }) {
  const { t } = useI18n();
  const name = plan.learnerName;
  const learnerTime = learnerTimePerWeek(plan.interventions);
  const staff = totalStaffTime(plan.interventions);
  const score = (tool: string | null, n: number | null) => (n === null ? '–' : scoreText(t, tool, n));
  return (
    <Paper component="section" aria-labelledby="learner-impact" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h3" id="learner-impact">
          {t('oppPlus.impact.title', { name })}
        </Title>
        <Table.ScrollContainer minWidth={760}>
          <Table aria-labelledby="learner-impact" striped>
            <TableHead columns={COLUMNS.map((c) => t(`oppPlus.impact.columns.${c}`))} />
            <Table.Tbody>
              {plan.interventions.map((i) => {
                const impact = interventionImpact(i);
                return (
                  <Table.Tr key={i.id}>
                    <Table.Th scope="row" fw={600}>
                      {i.programmeName}
                    </Table.Th>
                    <Table.Td>{i.measureTool ?? '–'}</Table.Td>
                    <Table.Td>{score(i.measureTool, impact.baseline)}</Table.Td>
                    <Table.Td>{score(i.measureTool, impact.exit)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatChange(t, i.measureTool, impact.change, i.better)}</Table.Td>
                    <Table.Td>{score(i.measureTool, i.targetScore)}</Table.Td>
                    <Table.Td>{metText(t, impact.met)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{attendanceText(t, i.sessionsDelivered, impact.planned)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm">{t('oppPlus.impact.learnerTime', { name, time: formatTime(t, learnerTime) })}</Text>
        <Text size="sm">{t('oppPlus.impact.staffTime', { week: formatTime(t, staff.perWeek), term: formatTime(t, staff.perTerm), weeks: TERM_WEEKS })}</Text>
      </Stack>
    </Paper>
  );
}
