import { NumberInput } from '@mantine/core';
import { useI18n } from '../../i18n';
import { numberOrNull } from './labels';

interface CountProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  max: number;
  min?: number;
}

/** A whole number, or empty for "not set". */
export function CountInput({ label, value, onChange, max, min = 0 }: CountProps) {
  return <NumberInput label={label} min={min} max={max} allowDecimal={false} allowNegative={false} value={value ?? ''} onChange={(v) => onChange(numberOrNull(v))} />;
}

export interface Schedule {
  sessionsPerWeek: number | null;
  sessionMinutes: number | null;
  durationWeeks: number | null;
}

/** Sessions a week, minutes a session and weeks: a catalogue programme's defaults, or an action-plan row's. */
export function ScheduleCounts({ value, onChange }: { value: Schedule; onChange: (patch: Partial<Schedule>) => void }) {
  const { t } = useI18n();
  return (
    <>
      <CountInput label={t('oppPlus.form.sessionsPerWeek')} max={20} value={value.sessionsPerWeek} onChange={(sessionsPerWeek) => onChange({ sessionsPerWeek })} />
      <CountInput label={t('oppPlus.form.sessionMinutes')} max={600} value={value.sessionMinutes} onChange={(sessionMinutes) => onChange({ sessionMinutes })} />
      <CountInput label={t('oppPlus.form.durationWeeks')} max={104} value={value.durationWeeks} onChange={(durationWeeks) => onChange({ durationWeeks })} />
    </>
  );
}
