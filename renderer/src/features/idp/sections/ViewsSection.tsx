import { SimpleGrid, Stack } from '@mantine/core';
import type { IdpContent } from '../../../../../shared/schemas/idp';
import { useI18n } from '../../../i18n';
import { CheckField, ChoiceField, DateField, TextField } from '../fields';
import { fieldLabel, OPTIONS, optionList } from '../labels';
import { RowsEditor } from '../RowsEditor';
import { newRowId, type SectionProps } from './section-props';

type View = IdpContent['views'][number];

const newView = (): View => ({ id: newRowId(), who: 'learner', name: '', text: '', date: null, method: 'conversation', verbatim: false });

/** The learner's and the family's views, wishes and feelings: each attributed, dated, with how it was gathered. */
export function ViewsSection({ value, set }: SectionProps<'views'>) {
  const { t } = useI18n();
  const label = (f: keyof View) => fieldLabel(t, 'views', f);
  return (
    <RowsEditor rows={value} onChange={set} list="views" create={newView} max={40}>
      {(row, change) => (
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <ChoiceField label={label('who')} options={optionList(t, OPTIONS.who)} value={row.who} onChange={(v) => v && change({ who: v as View['who'] })} />
            <TextField label={label('name')} value={row.name} onChange={(name, typing) => change({ name }, typing)} maxLength={150} />
            <DateField label={label('date')} value={row.date} onChange={(date) => change({ date })} />
            <ChoiceField label={label('method')} options={optionList(t, OPTIONS.method)} value={row.method} onChange={(v) => v && change({ method: v as View['method'] })} />
          </SimpleGrid>
          <TextField label={label('text')} value={row.text} onChange={(text, typing) => change({ text }, typing)} maxLength={5000} multiline />
          <CheckField label={label('verbatim')} checked={row.verbatim} onChange={(verbatim) => change({ verbatim })} />
        </Stack>
      )}
    </RowsEditor>
  );
}
