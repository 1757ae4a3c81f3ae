import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { Invitee, type Review } from '../../../../shared/schemas/review';
import { useI18n } from '../../i18n';
import { SectionTable } from './SectionTable';
import type { ReviewEditor } from './use-review-editor';

type Attendance = Review['invitees'][number]['attendance'];
const ATTENDANCE = Invitee.shape.attendance.options;

/** Who was invited, and who came, sent their views or sent apologies: changed here, saved at once. */
export function AttendanceTable({ review, editor, readOnly }: { review: Review; editor: ReviewEditor; readOnly: boolean }) {
  const { t } = useI18n();
  const options = ATTENDANCE.map((a) => ({ value: a, label: t(`reviews.attendance.${a}`) }));
  const role = (i: Review['invitees'][number]) => i.role || t(`reviews.inviteeKinds.${i.kind}`);
  return (
    <Stack gap="sm" component="section" aria-labelledby="review-attendance">
      <Title order={2} size="h3" id="review-attendance">
        {t('reviews.page.whoCame')}
      </Title>
      {review.invitees.length === 0 ? (
        <Text c="dimmed">{t('reviews.page.noInvitees')}</Text>
      ) : (
        <SectionTable labelledBy="review-attendance" minWidth={560} columns={['name', 'role', 'attendance'].map((c) => t(`reviews.page.attendanceColumns.${c}`))}>
          {review.invitees.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td fw={600}>{i.name}</Table.Td>
              <Table.Td>{role(i)}</Table.Td>
              <Table.Td maw={220}>
                <Select
                  aria-label={t('reviews.page.attendanceOf', { name: i.name })}
                  data={options}
                  value={i.attendance}
                  onChange={(v) => v && v !== i.attendance && editor.setAttendance(i.id, v as Attendance)}
                  allowDeselect={false}
                  readOnly={readOnly}
                  variant={readOnly ? 'filled' : 'default'}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </SectionTable>
      )}
    </Stack>
  );
}
