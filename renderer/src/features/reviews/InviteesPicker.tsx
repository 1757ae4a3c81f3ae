import { ActionIcon, Button, Checkbox, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { Review } from '../../../../shared/schemas/review';
import { useContacts } from '../../api/contacts';
import { useStaff } from '../../api/learners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { newRowId } from './labels';

export type Invitee = Review['invitees'][number];
type Kind = Invitee['kind'];
type Person = { refId: string | null; name: string; role: string };

interface Props {
  learnerId: string;
  learnerName: string;
  value: Invitee[];
  onChange: (invitees: Invitee[]) => void;
}

const same = (i: Invitee, kind: Kind, refId: string | null) => i.kind === kind && i.refId === refId;

/**
 * Who is invited: the learner, any of their contacts, any of the staff, and others by name and role. Someone taken
 * off and put back keeps their row (and what was recorded about them).
 */
export function InviteesPicker({ learnerId, learnerName, value, onChange }: Props) {
  const { t } = useI18n();
  const contacts = useContacts(learnerId);
  const staff = useStaff();
  const toggle = (kind: Kind, p: Person, on: boolean) =>
    onChange(on ? [...value, { id: newRowId(), kind, ...p, attendance: 'invited' }] : value.filter((i) => !same(i, kind, p.refId)));
  const box = (kind: Kind, p: Person, label: string) => (
    <Checkbox key={`${kind}-${p.refId}`} label={label} checked={value.some((i) => same(i, kind, p.refId))} onChange={(e) => toggle(kind, p, e.currentTarget.checked)} />
  );
  const others = value.filter((i) => i.kind === 'other');
  const setOther = (id: string, patch: Partial<Invitee>) => onChange(value.map((i) => (i.id === id ? { ...i, ...patch } : i)));
  const addOther = () => onChange([...value, { id: newRowId(), kind: 'other', refId: null, name: '', role: '', attendance: 'invited' }]);
  return (
    <Fieldset legend={t('reviews.form.invited')} variant="filled">
      <Stack gap="sm">
        {box('learner', { refId: null, name: learnerName, role: t('reviews.form.learnerRole') }, t('reviews.form.theLearner', { name: learnerName }))}
        <Text fw={600} size="sm">
          {t('reviews.form.contacts')}
        </Text>
        <ErrorAlert error={contacts.error ?? staff.error} />
        {contacts.data?.length === 0 && <Text size="sm" c="dimmed">{t('reviews.form.noContacts')}</Text>}
        {contacts.data?.map((c) => {
          const role = t(`contacts.relationships.${c.relationship}`);
          return box('contact', { refId: c.id, name: c.name, role }, `${c.name} – ${role}`);
        })}
        <Text fw={600} size="sm">
          {t('reviews.form.staff')}
        </Text>
        {staff.data?.length === 0 && <Text size="sm" c="dimmed">{t('reviews.form.noStaff')}</Text>}
        {staff.data?.map((s) => box('staff', { refId: s.id, name: s.name, role: s.role }, `${s.name} – ${s.role}`))}
        <Text fw={600} size="sm">
          {t('reviews.form.others')}
        </Text>
        {others.map((o, i) => {
          const n = i + 1;
          return (
            <Group key={o.id} align="flex-end" wrap="nowrap">
              <TextInput label={t('reviews.form.otherName', { n })} value={o.name} onChange={(e) => setOther(o.id, { name: e.currentTarget.value })} maxLength={150} style={{ flex: 1 }} />
              <TextInput label={t('reviews.form.otherRole', { n })} value={o.role} onChange={(e) => setOther(o.id, { role: e.currentTarget.value })} maxLength={100} style={{ flex: 1 }} />
              <ActionIcon variant="subtle" color="red" c="red.9" size="lg" mb={2} aria-label={t('reviews.form.removeOther', { n })} title={t('reviews.form.removeOther', { n })} onClick={() => onChange(value.filter((x) => x.id !== o.id))}>
                <span aria-hidden>✕</span>
              </ActionIcon>
            </Group>
          );
        })}
        <Button variant="default" size="xs" w="fit-content" onClick={addOther}>
          {t('reviews.form.addOther')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
