/** The sections that are lists of records: 2D, reasons for decisions, the record of information used, appendices. */
import { SimpleGrid, Stack } from '@mantine/core';
import type { IdpContent } from '../../../../../shared/schemas/idp';
import { useI18n } from '../../../i18n';
import { CheckField, ChoiceField, DateField, TextField } from '../fields';
import { fieldLabel, OPTIONS, optionList } from '../labels';
import { RowsEditor } from '../RowsEditor';
import { newRowId, type SectionProps } from './section-props';

type Row<K extends 'laProvision' | 'reasons' | 'informationUsed' | 'appendices'> = IdpContent[K][number];

/** 2D (LA plans only): a named school, a place at an institution, board and lodging. */
export function LaProvisionSection({ value, set }: SectionProps<'laProvision'>) {
  const { t } = useI18n();
  const label = (f: keyof Row<'laProvision'>) => fieldLabel(t, 'laProvision', f);
  const create = (): Row<'laProvision'> => ({ id: newRowId(), kind: 'placeAtInstitution', institution: '', details: '' });
  return (
    <RowsEditor rows={value} onChange={set} list="laProvision" create={create} max={10}>
      {(row, change) => (
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ChoiceField label={label('kind')} options={optionList(t, OPTIONS.laKind)} value={row.kind} onChange={(v) => v && change({ kind: v as Row<'laProvision'>['kind'] })} />
            <TextField label={label('institution')} value={row.institution} onChange={(institution, typing) => change({ institution }, typing)} maxLength={200} />
          </SimpleGrid>
          <TextField label={label('details')} value={row.details} onChange={(details, typing) => change({ details }, typing)} maxLength={3000} multiline />
        </Stack>
      )}
    </RowsEditor>
  );
}

/** Reasons for decisions, with any difference of opinion and how it was weighed. */
export function ReasonsSection({ value, set }: SectionProps<'reasons'>) {
  const { t } = useI18n();
  const label = (f: keyof Row<'reasons'>) => fieldLabel(t, 'reasons', f);
  const create = (): Row<'reasons'> => ({ id: newRowId(), decision: 'alnYes', text: '', disagreement: false, howWeighed: '' });
  return (
    <RowsEditor rows={value} onChange={set} list="reasons" create={create} max={40}>
      {(row, change) => (
        <Stack gap="xs">
          <ChoiceField label={label('decision')} options={optionList(t, OPTIONS.decision)} value={row.decision} onChange={(v) => v && change({ decision: v as Row<'reasons'>['decision'] })} />
          <TextField label={label('text')} value={row.text} onChange={(text, typing) => change({ text }, typing)} maxLength={5000} multiline />
          <CheckField label={label('disagreement')} checked={row.disagreement} onChange={(disagreement) => change({ disagreement })} />
          {(row.disagreement || row.howWeighed) && <TextField label={label('howWeighed')} value={row.howWeighed} onChange={(howWeighed, typing) => change({ howWeighed }, typing)} maxLength={3000} multiline />}
        </Stack>
      )}
    </RowsEditor>
  );
}

type SourceText = 'title' | 'author' | 'role' | 'organisation';
const SOURCE_TEXTS: readonly [SourceText, number][] = [
  ['title', 300],
  ['author', 150],
  ['role', 100],
  ['organisation', 200],
];

/** The record of information used: reports and assessments, who wrote them, when, and whether they are attached. */
export function InformationUsedSection({ value, set }: SectionProps<'informationUsed'>) {
  const { t } = useI18n();
  const label = (f: keyof Row<'informationUsed'>) => fieldLabel(t, 'informationUsed', f);
  const create = (): Row<'informationUsed'> => ({ id: newRowId(), title: '', author: '', role: '', organisation: '', date: null, type: 'schoolAssessment', attached: false });
  return (
    <RowsEditor rows={value} onChange={set} list="informationUsed" create={create} max={100}>
      {(row, change) => (
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {SOURCE_TEXTS.map(([f, max]) => (
              <TextField key={f} label={label(f)} value={row[f]} onChange={(v, typing) => change({ [f]: v }, typing)} maxLength={max} />
            ))}
            <DateField label={label('date')} value={row.date} onChange={(date) => change({ date })} />
            <ChoiceField label={label('type')} options={optionList(t, OPTIONS.infoType)} value={row.type} onChange={(v) => v && change({ type: v as Row<'informationUsed'>['type'] })} />
          </SimpleGrid>
          <CheckField label={label('attached')} checked={row.attached} onChange={(attached) => change({ attached })} />
        </Stack>
      )}
    </RowsEditor>
  );
}

/** Appendices: interim targets, reports, a healthcare plan. */
export function AppendicesSection({ value, set }: SectionProps<'appendices'>) {
  const { t } = useI18n();
  const label = (f: keyof Row<'appendices'>) => fieldLabel(t, 'appendices', f);
  const create = (): Row<'appendices'> => ({ id: newRowId(), title: '', kind: 'interimTargets', note: '' });
  return (
    <RowsEditor rows={value} onChange={set} list="appendices" create={create} max={40}>
      {(row, change) => (
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField label={label('title')} value={row.title} onChange={(title, typing) => change({ title }, typing)} maxLength={300} />
            <ChoiceField label={label('kind')} options={optionList(t, OPTIONS.appendixKind)} value={row.kind} onChange={(v) => v && change({ kind: v as Row<'appendices'>['kind'] })} />
          </SimpleGrid>
          <TextField label={label('note')} value={row.note} onChange={(note, typing) => change({ note }, typing)} maxLength={3000} multiline />
        </Stack>
      )}
    </RowsEditor>
  );
}
