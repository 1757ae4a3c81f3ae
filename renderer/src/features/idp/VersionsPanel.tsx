import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Idp } from '../../../../shared/schemas/idp';
import { useIdpList } from '../../api/idp';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import { hrefFor } from '../shell/use-hash-route';
import { DiffView } from './DiffView';

function Compare({ versions }: { versions: Idp[] }) {
  const { t } = useI18n();
  const options = versions.map((v) => ({ value: v.id, label: t('idp.versionN', { n: v.versionNumber }) }));
  const [from, setFrom] = useState<string | null>(versions[1]?.id ?? null);
  const [to, setTo] = useState<string | null>(versions[0]?.id ?? null);
  const [shown, setShown] = useState<[string, string] | null>(null);
  const pair = shown && ([versions.find((v) => v.id === shown[0]), versions.find((v) => v.id === shown[1])] as const);
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Select label={t('idp.versions.compareFrom')} data={options} value={from} onChange={setFrom} allowDeselect={false} w={180} />
        <Select label={t('idp.versions.compareTo')} data={options} value={to} onChange={setTo} allowDeselect={false} w={180} />
        <Button variant="default" disabled={!from || !to || from === to} onClick={() => from && to && setShown([from, to])}>
          {t('idp.versions.compare')}
        </Button>
      </Group>
      {pair && pair[0] && pair[1] && <DiffView from={pair[0]} to={pair[1]} />}
    </Stack>
  );
}

/** Every version of the plan, newest first: each opens read-only; any two can be compared. */
export function VersionsPanel({ learnerId, currentId }: { learnerId: string; currentId?: string }) {
  const { t } = useI18n();
  const list = useIdpList(learnerId);
  const versions = list.data ?? [];
  return (
    <Paper component="section" aria-labelledby="idp-versions" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id="idp-versions">
          {t('idp.versions.title')}
        </Title>
        <ErrorAlert error={list.error} />
        <Table aria-labelledby="idp-versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('idp.versions.version')}</Table.Th>
              <Table.Th>{t('idp.versions.status')}</Table.Th>
              <Table.Th>{t('idp.versions.dateGiven')}</Table.Th>
              <Table.Th>{t('idp.versions.noted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  {v.id === currentId ? (
                    <Text size="sm" fw={600}>
                      {t('idp.versions.thisOne', { n: v.versionNumber })}
                    </Text>
                  ) : (
                    <Anchor size="sm" href={hrefFor.idpVersion(v.id)}>
                      {t('idp.versions.open', { n: v.versionNumber })}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{t(`idp.status.${v.status}`)}</Table.Td>
                <Table.Td>{formatDate(v.dateGiven)}</Table.Td>
                <Table.Td>
                  {[v.override ? t('idp.versions.override', { count: v.override.problems, reason: v.override.reason }) : '', v.ceasedOn ? t('idp.ceasedOn', { date: formatDate(v.ceasedOn) }) : ''].filter(Boolean).join(' · ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {versions.length >= 2 && <Compare versions={versions} />}
      </Stack>
    </Paper>
  );
}
