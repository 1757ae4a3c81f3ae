/**
 * The plan's fields, written once for both ways a plan is shown: as inputs in a draft, and as words (label and
 * value) in an issued or earlier version. Text saves after a pause in typing and when the person leaves the field;
 * choices save as they are made.
 */
import { Checkbox, NumberInput, Select, Text, Textarea, TextInput } from '@mantine/core';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { isIsoDate } from '../../../../shared/rules/dates';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import { numberOrNull } from '../opp-plus/labels';

interface IdpForm {
  readOnly: boolean;
  /** Saves whatever is waiting (a field was left). */
  flush: () => void;
  /** Pulls the register's details or the current profile in again (drafts only). */
  refresh: ((part: 'coreDetails' | 'aboutMe') => Promise<void>) | null;
  idpId: string;
  learnerId: string;
}

const IdpFormContext = createContext<IdpForm>({ readOnly: true, flush: () => {}, refresh: null, idpId: '', learnerId: '' });
export const IdpFormProvider = IdpFormContext.Provider;
export const useIdpForm = () => useContext(IdpFormContext);

/** A field of an issued plan: its label and what it says. */
export function Shown({ label, value, children }: { label: string; value?: string; children?: ReactNode }) {
  const { t } = useI18n();
  const empty = !children && !value;
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {children ?? (
        <Text size="sm" c={empty ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {empty ? t('idp.notFilled') : value}
        </Text>
      )}
    </div>
  );
}

interface TextProps {
  label: string;
  value: string;
  onChange: (value: string, typing: boolean) => void;
  maxLength: number;
  multiline?: boolean;
  description?: string;
}

export function TextField({ label, value, onChange, maxLength, multiline, description }: TextProps) {
  const { readOnly, flush } = useIdpForm();
  if (readOnly) return <Shown label={label} value={value} />;
  const common = { label, description, value, maxLength, onBlur: flush, onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value, true) };
  return multiline ? <Textarea {...common} autosize minRows={2} maxRows={12} /> : <TextInput {...common} />;
}

/** A date, entered with the browser's date input as elsewhere in the app; only a whole, real date (or none) is kept. */
export function DateField({ label, value, onChange, description }: { label: string; value: string | null; onChange: (value: string | null) => void; description?: string }) {
  const { t } = useI18n();
  const { readOnly } = useIdpForm();
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  if (readOnly) return <Shown label={label} value={formatDate(value)} />;
  const bad = draft !== '' && !isIsoDate(draft);
  const change = (next: string) => {
    setDraft(next);
    if (next === '') onChange(null);
    else if (isIsoDate(next)) onChange(next);
  };
  return <TextInput type="date" label={label} description={description} value={draft} onChange={(e) => change(e.currentTarget.value)} error={bad ? t('learner.invalid.date') : undefined} />;
}

interface ChoiceProps {
  label: string;
  value: string | null;
  options: { value: string; label: string }[];
  onChange: (value: string | null) => void;
  clearable?: boolean;
  placeholder?: string;
}

export function ChoiceField({ label, value, options, onChange, clearable, placeholder }: ChoiceProps) {
  const { readOnly } = useIdpForm();
  if (readOnly) return <Shown label={label} value={options.find((o) => o.value === value)?.label ?? value ?? ''} />;
  return <Select label={label} data={options} value={value} onChange={(v) => v !== value && onChange(v)} clearable={clearable} allowDeselect={false} placeholder={placeholder} />;
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useI18n();
  const { readOnly } = useIdpForm();
  if (readOnly) return <Shown label={label} value={checked ? t('common.yes') : t('common.no')} />;
  return <Checkbox label={label} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />;
}

/** A count (sessions a week may be a half, for a fortnightly session), or empty for "not set". */
export function CountField({ label, value, onChange, max, decimals = 0 }: { label: string; value: number | null; onChange: (value: number | null) => void; max: number; decimals?: number }) {
  const { readOnly, flush } = useIdpForm();
  if (readOnly) return <Shown label={label} value={value === null ? '' : String(value)} />;
  return (
    <NumberInput
      label={label}
      min={0}
      max={max}
      allowNegative={false}
      allowDecimal={decimals > 0}
      decimalScale={decimals}
      value={value ?? ''}
      onChange={(v) => onChange(numberOrNull(v))}
      onBlur={flush}
    />
  );
}
