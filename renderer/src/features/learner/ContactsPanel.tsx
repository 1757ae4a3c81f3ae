import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Contact } from '../../../../shared/schemas/contact';
import { useContacts, useDeleteContact } from '../../api/contacts';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { ContactModal } from './ContactModal';

export function ContactsPanel({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const contacts = useContacts(learnerId);
  const remove = useDeleteContact(learnerId);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setEditing('new')}>{t('contacts.add')}</Button>
      </Group>
      <ErrorAlert error={contacts.error ?? remove.error} />
      {contacts.data?.length === 0 && <Text c="dimmed">{t('contacts.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {contacts.data?.map((c) => (
          <Card key={c.id} withBorder radius="md" component="article" aria-label={c.name}>
            <Group justify="space-between" align="flex-start">
              <div>
                <Text fw={700}>{c.name}</Text>
                <Text size="sm">{t(`contacts.relationships.${c.relationship}`)}{c.organisation ? ` · ${c.organisation}` : ''}</Text>
              </div>
              <Group gap={4}>
                {c.parentalResponsibility && <Badge variant="light">{t('contacts.pr')}</Badge>}
                {c.receivesCopies && <Badge variant="light" color="gray">{t('contacts.copies')}</Badge>}
              </Group>
            </Group>
            {[c.phone, c.email, c.address].filter(Boolean).map((line) => (
              <Text key={line} size="sm" style={{ whiteSpace: 'pre-line' }}>
                {line}
              </Text>
            ))}
            {c.preferredLanguage && <Text size="sm" c="dimmed">{t('contacts.fields.preferredLanguage')}: {t(`app.languages.${c.preferredLanguage}`)}</Text>}
            <Group mt="sm" gap="xs">
              <Button size="xs" variant="default" onClick={() => setEditing(c)} aria-label={`${t('contacts.edit')}: ${c.name}`}>
                {t('contacts.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                c="red.9"
                aria-label={`${t('contacts.delete')}: ${c.name}`}
                onClick={() => setDeleting(c)}
              >
                {t('contacts.delete')}
              </Button>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      {deleting && (
        <ConfirmModal
          message={t('contacts.deleteConfirm', { name: deleting.name })}
          confirmLabel={t('contacts.delete')}
          onConfirm={() => remove.mutate(deleting.id)}
          onClose={() => setDeleting(null)}
        />
      )}
      {editing && <ContactModal learnerId={learnerId} contact={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
