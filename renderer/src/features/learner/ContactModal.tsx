import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Relationship, type Contact, type ContactFields } from '../../../../shared/schemas/contact';
import { useSaveContact } from '../../api/contacts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

const EMPTY: ContactFields = {
  name: '', relationship: 'PARENT', organisation: null, phone: null, email: null, address: null,
  parentalResponsibility: false, preferredLanguage: null, receivesCopies: false,
};

/** Add or edit one contact; saved as a whole when the person presses Save. */
export function ContactModal({ learnerId, contact, onClose }: { learnerId: string; contact: Contact | null; onClose: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<ContactFields>(contact ?? EMPTY);
  const [touched, setTouched] = useState(false);
  const saveContact = useSaveContact(learnerId);
  const f = (k: keyof ContactFields) => t(`contacts.fields.${k}`);
  const text = (k: 'name' | 'organisation' | 'phone' | 'email') => ({
    label: f(k),
    value: form[k] ?? '',
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!form.name.trim()) return;
    const body = { ...form, email: form.email || null };
    saveContact.mutate(contact ? { update: { id: contact.id, version: contact.version, patch: body } } : { create: body }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={contact ? t('contacts.editTitle') : t('contacts.addTitle')} size="lg" centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('name')} required error={touched && !form.name.trim() ? t('learner.invalid.required') : undefined} data-autofocus />
            <Select
              label={f('relationship')}
              data={Relationship.options.map((r) => ({ value: r, label: t(`contacts.relationships.${r}`) }))}
              value={form.relationship}
              onChange={(v) => v && setForm({ ...form, relationship: v as ContactFields['relationship'] })}
              allowDeselect={false}
              searchable
            />
            <TextInput {...text('organisation')} />
            <TextInput {...text('phone')} type="tel" />
            <TextInput {...text('email')} type="email" />
            <Select
              label={f('preferredLanguage')}
              data={[{ value: 'none', label: t('contacts.noPreference') }, { value: 'en', label: t('app.languages.en') }, { value: 'cy', label: t('app.languages.cy') }]}
              value={form.preferredLanguage ?? 'none'}
              onChange={(v) => setForm({ ...form, preferredLanguage: v === 'en' || v === 'cy' ? v : null })}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Textarea label={f('address')} value={form.address ?? ''} onChange={(e) => setForm({ ...form, address: e.currentTarget.value })} autosize minRows={2} />
          <Checkbox label={f('parentalResponsibility')} checked={form.parentalResponsibility} onChange={(e) => setForm({ ...form, parentalResponsibility: e.currentTarget.checked })} />
          <Checkbox label={f('receivesCopies')} checked={form.receivesCopies} onChange={(e) => setForm({ ...form, receivesCopies: e.currentTarget.checked })} />
          <ErrorAlert error={saveContact.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saveContact.isPending}>
              {t('contacts.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
