import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useCreateStaff } from '../../api/learners';
import { profileKeys, useProfileList } from '../../api/profiles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { ProfileStatus } from './LearnerProfilesTab';

function AddStaffForm() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const create = useCreateStaff();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() || !role.trim()) return;
    create.mutate(
      { name, role },
      {
        onSuccess: () => {
          setName('');
          setRole('');
          void qc.invalidateQueries({ queryKey: profileKeys.list('staff') });
        },
      },
    );
  };
  return (
    <Paper component="section" aria-labelledby="add-staff-heading" withBorder radius="md" p="md" maw={720}>
      <Title order={2} size="h4" id="add-staff-heading" mb="xs">
        {t('profiles.staff.addTitle')}
      </Title>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput label={t('profiles.staff.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={150} />
          <TextInput label={t('profiles.staff.role')} value={role} onChange={(e) => setRole(e.currentTarget.value)} required maxLength={100} />
          <Button type="submit" loading={create.isPending}>
            {t('profiles.staff.add')}
          </Button>
        </Group>
        <ErrorAlert error={create.error} />
      </form>
    </Paper>
  );
}

/** The staff directory: colleagues' one-page profiles, so people know how to work well together. */
export function StaffDirectoryTab() {
  const { t } = useI18n();
  const list = useProfileList('staff');
  const rows = list.data ?? [];
  return (
    <Stack gap="md">
      <Text size="sm" maw={760}>
        {t('profiles.staff.intro')}
      </Text>
      <ErrorAlert error={list.error} />
      {list.data && rows.length === 0 ? (
        <Text>{t('profiles.staff.empty')}</Text>
      ) : (
        <Table highlightOnHover aria-label={t('profiles.staff.tableLabel')} maw={960}>
          <Table.Thead>
            <Table.Tr>
              {['name', 'role', 'profile'].map((c) => (
                <Table.Th key={c} scope="col">
                  {t(`profiles.staff.columns.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.ownerId}>
                <Table.Td>
                  <Anchor href={hrefFor.profile('staff', r.ownerId)} fw={600}>
                    {r.ownerName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.detail ?? ''}</Table.Td>
                <Table.Td>
                  <ProfileStatus row={r} t={t} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AddStaffForm />
    </Stack>
  );
}
