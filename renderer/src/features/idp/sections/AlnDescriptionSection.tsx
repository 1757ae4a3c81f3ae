import { Stack } from '@mantine/core';
import type { IdpContent } from '../../../../../shared/schemas/idp';
import { useCodes } from '../../../api/learners';
import { useI18n } from '../../../i18n';
import { needLabel } from '../../learner/labels';
import { ChoiceField, TextField } from '../fields';
import { fieldLabel } from '../labels';
import { RowsEditor } from '../RowsEditor';
import { newRowId, patcher, type SectionProps } from './section-props';

type Need = IdpContent['alnDescription']['needs'][number];

const newNeed = (): Need => ({ id: newRowId(), needCode: null, description: '', whatThisMeansForMe: '', diagnosis: '' });

/** The need codes in use (and any a row already has, even if retired since), by their names. */
export function useNeedNames() {
  const { language } = useI18n();
  const codes = useCodes();
  const all = codes.data?.codes ?? [];
  const name = (code: string) => needLabel(all, code, language);
  const options = (current: string | null) =>
    all.filter((c) => (c.listKey === codes.data?.active && c.active) || c.code === current).map((c) => ({ value: c.code, label: name(c.code) }));
  return { name, options };
}

/** 2A: each need and its impact on learning in plain words, "what this means for me", and why the learner has ALN. */
export function AlnDescriptionSection({ value, set }: SectionProps<'alnDescription'>) {
  const { t } = useI18n();
  const needs = useNeedNames();
  const change = patcher(value, set);
  const label = (f: keyof Need | 'reasonsForDecision') => fieldLabel(t, 'alnDescription', f);
  return (
    <Stack gap="md">
      <RowsEditor rows={value.needs} onChange={(rows, typing) => change({ needs: rows }, typing)} list="needs" create={newNeed} max={20}>
        {(row, setRow) => (
          <Stack gap="xs">
            <ChoiceField label={label('needCode')} options={needs.options(row.needCode)} value={row.needCode} onChange={(needCode) => setRow({ needCode })} clearable />
            <TextField label={label('description')} description={t('idp.aln.descriptionHint')} value={row.description} onChange={(description, typing) => setRow({ description }, typing)} maxLength={5000} multiline />
            <TextField label={label('whatThisMeansForMe')} value={row.whatThisMeansForMe} onChange={(whatThisMeansForMe, typing) => setRow({ whatThisMeansForMe }, typing)} maxLength={3000} multiline />
            <TextField label={label('diagnosis')} value={row.diagnosis} onChange={(diagnosis, typing) => setRow({ diagnosis }, typing)} maxLength={500} />
          </Stack>
        )}
      </RowsEditor>
      <TextField label={label('reasonsForDecision')} description={t('idp.aln.reasonsHint')} value={value.reasonsForDecision} onChange={(reasonsForDecision, typing) => change({ reasonsForDecision }, typing)} maxLength={5000} multiline />
    </Stack>
  );
}
