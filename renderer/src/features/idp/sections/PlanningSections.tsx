/** The sections of words and dates: 2C other provision, transition planning with its actions, the timeline. */
import { SimpleGrid, Stack, Title } from '@mantine/core';
import type { IdpContent } from '../../../../../shared/schemas/idp';
import { useI18n } from '../../../i18n';
import { DateField, TextField } from '../fields';
import { fieldLabel } from '../labels';
import { RowsEditor } from '../RowsEditor';
import { newRowId, patcher, type SectionProps } from './section-props';

type Action = IdpContent['transition']['actions'][number];
type Entry = IdpContent['timeline'][number];

export function OtherProvisionSection({ value, set }: SectionProps<'otherProvision'>) {
  const { t } = useI18n();
  return <TextField label={fieldLabel(t, 'otherProvision', 'text')} description={t('idp.other.hint')} value={value.text} onChange={(text, typing) => set({ text }, typing)} maxLength={5000} multiline />;
}

export function TransitionSection({ value, set }: SectionProps<'transition'>) {
  const { t } = useI18n();
  const change = patcher(value, set);
  const label = (f: keyof Action | 'text' | 'actions') => fieldLabel(t, 'transition', f);
  const create = (): Action => ({ id: newRowId(), action: '', owner: '', dueDate: null });
  return (
    <Stack gap="sm">
      <TextField label={label('text')} description={t('idp.transition.hint')} value={value.text} onChange={(text, typing) => change({ text }, typing)} maxLength={5000} multiline />
      <Title order={3} size="h5">
        {label('actions')}
      </Title>
      <RowsEditor rows={value.actions} onChange={(actions, typing) => change({ actions }, typing)} list="actions" create={create} max={40}>
        {(row, setRow) => (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextField label={label('action')} value={row.action} onChange={(action, typing) => setRow({ action }, typing)} maxLength={1000} />
            <TextField label={label('owner')} value={row.owner} onChange={(owner, typing) => setRow({ owner }, typing)} maxLength={150} />
            <DateField label={label('dueDate')} value={row.dueDate} onChange={(dueDate) => setRow({ dueDate })} />
          </SimpleGrid>
        )}
      </RowsEditor>
    </Stack>
  );
}

export function TimelineSection({ value, set }: SectionProps<'timeline'>) {
  const { t } = useI18n();
  const label = (f: keyof Entry) => fieldLabel(t, 'timeline', f);
  const create = (): Entry => ({ id: newRowId(), date: null, event: '' });
  return (
    <RowsEditor rows={value} onChange={set} list="timeline" create={create} max={100}>
      {(row, change) => (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={label('date')} value={row.date} onChange={(date) => change({ date })} />
          <TextField label={label('event')} value={row.event} onChange={(event, typing) => change({ event }, typing)} maxLength={500} />
        </SimpleGrid>
      )}
    </RowsEditor>
  );
}
