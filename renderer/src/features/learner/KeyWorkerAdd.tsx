import { Button, Group, Popover, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useCreateStaff } from '../../api/learners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

/** Adds a member of staff to the list without leaving the learner, and makes them the key worker. */
export function KeyWorkerAdd({ onAdded }: { onAdded: (id: string) => void }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const create = useCreateStaff();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (!name.trim() || !role.trim()) return;
    create.mutate({ name, role }, { onSuccess: (s) => (onAdded(s.id), setOpened(false), setName(''), setRole('')) });
  };
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus withArrow position="bottom-start">
      <Popover.Target>
        <Button variant="subtle" size="compact-sm" onClick={() => setOpened((o) => !o)} w="fit-content">
          {t('learner.addKeyWorker')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={submit}>
          <Stack gap="xs">
            <TextInput label={t('learner.staffName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
            <TextInput label={t('learner.staffRole')} value={role} onChange={(e) => setRole(e.currentTarget.value)} required />
            <ErrorAlert error={create.error} />
            <Group justify="flex-end">
              <Button type="submit" size="xs" loading={create.isPending}>
                {t('learner.addStaff')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
