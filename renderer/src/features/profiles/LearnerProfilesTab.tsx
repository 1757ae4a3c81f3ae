import { Anchor, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../../shared/rules/dates';
import type { ProfileSummary } from '../../../../shared/schemas/profile';
import { useProfileList } from '../../api/profiles';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n, type Translate } from '../../i18n';
import { formatDate, yearGroupLabel } from '../learner/labels';
import { formatStamp } from '../profile/labels';
import { hrefFor } from '../shell/use-hash-route';
import { TransitionModal } from './TransitionModal';
import { VirtualRows } from '../../components/VirtualRows';

/** Lower case without accents, so "gwenllian" finds "Gwenllïan" and "sian" finds "Siân". */
export const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const hasProfile = (r: ProfileSummary) => r.profileId !== null && r.itemCount > 0;

export function ProfileStatus({ row, t }: { row: ProfileSummary; t: Translate }) {
  if (!hasProfile(row)) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Text size="sm">{t('profiles.list.none')}</Text>
        <Anchor size="sm" href={hrefFor.profile(row.ownerKind, row.ownerId)} aria-label={t('profiles.list.writeFor', { name: row.ownerName })}>
          {t('profiles.list.write')}
        </Anchor>
      </Group>
    );
  }
  return <Text size="sm">{t('profiles.list.version', { n: row.versionNumber ?? 1, date: formatStamp(row.updatedAt) })}</Text>;
}

function NextDue({ date }: { date: string | null }) {
  const { t } = useI18n();
  if (!date) return null;
  const overdue = date < todayIso();
  return (
    <Text size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 700 : undefined}>
      {formatDate(date)}
      {overdue ? ` · ${t('profiles.list.overdue')}` : ''}
    </Text>
  );
}

function LearnerRow({ row }: { row: ProfileSummary }) {
  const { t } = useI18n();
  return (
    <>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Anchor href={hrefFor.profile('learner', row.ownerId)} fw={600}>
          {row.ownerName}
        </Anchor>
      </Table.Td>
      <Table.Td>{yearGroupLabel(t, row.detail)}</Table.Td>
      <Table.Td>
        <ProfileStatus row={row} t={t} />
      </Table.Td>
      <Table.Td>
        <NextDue date={row.nextUpdateDue} />
      </Table.Td>
    </>
  );
}

/** Every learner in the caseload with the state of their one-page profile; the transition print run. */
export function LearnerProfilesTab() {
  const { t } = useI18n();
  const list = useProfileList('learner');
  const [search, setSearch] = useState('');
  const [printing, setPrinting] = useState(false);
  const all = list.data ?? [];
  const rows = search.trim() ? all.filter((r) => folded(r.ownerName).includes(folded(search.trim()))) : all;
  const columns = ['name', 'yearGroup', 'profile', 'nextUpdate'];
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <TextInput type="search" label={t('profiles.list.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={320} />
        <Button onClick={() => setPrinting(true)} disabled={all.length === 0}>
          {t('profiles.transition.open')}
        </Button>
      </Group>
      <ErrorAlert error={list.error} />
      <Text size="sm" c="dimmed" role="status">
        {list.data ? t('profiles.list.count', { count: rows.length }) : ''}
      </Text>
      {list.data && all.length === 0 ? (
        <EmptyState title={t('profiles.emptyTitle')} body={t('profiles.emptyBody')} />
      ) : (
        <VirtualRows
          rows={rows}
          rowKey={(r) => r.ownerId}
          renderRow={(r) => <LearnerRow row={r} />}
          header={columns.map((c) => (
            <Table.Th key={c} scope="col">
              {t(`profiles.list.columns.${c}`)}
            </Table.Th>
          ))}
          label={t('profiles.list.learnersTable')}
          rowHeight={44}
          height="calc(100vh - 300px)"
        />
      )}
      {printing && <TransitionModal learners={all} onClose={() => setPrinting(false)} />}
    </Stack>
  );
}
