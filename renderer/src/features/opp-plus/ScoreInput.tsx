import { Group, Input, NumberInput, Text } from '@mantine/core';
import { useId } from 'react';
import { toolInfo } from '../../../../shared/rules/interventions';
import { useI18n } from '../../i18n';
import { numberOrNull } from './labels';

interface Props {
  label: string;
  /** The measure's tool: an age is entered as years and months and kept in months. */
  tool: string | null;
  value: number | null;
  onChange: (value: number | null) => void;
  required?: boolean;
  error?: string;
}

/** A score, or for an age (reading age, spelling age…) years and months, kept as months. */
export function ScoreInput({ label, tool, value, onChange, required, error }: Props) {
  const { t } = useI18n();
  const id = useId();
  if (toolInfo(tool).kind !== 'age') {
    return <NumberInput label={label} required={required} error={error} value={value ?? ''} onChange={(v) => onChange(numberOrNull(v))} decimalScale={2} />;
  }
  const years = value === null ? '' : Math.floor(value / 12);
  const months = value === null ? '' : value % 12;
  const set = (y: number | null, m: number | null) => onChange(y === null && m === null ? null : (y ?? 0) * 12 + (m ?? 0));
  const part = (name: 'years' | 'months', max: number, current: number | '', change: (v: number | null) => void) => (
    <NumberInput
      aria-label={`${label}: ${t(`oppPlus.score.${name}`)}`}
      min={0}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      hideControls
      value={current}
      onChange={(v) => change(numberOrNull(v))}
      rightSection={<Text size="sm" c="dimmed">{t(`oppPlus.score.${name}`)}</Text>}
      rightSectionWidth={72}
      rightSectionPointerEvents="none"
      error={name === 'years' && !!error}
      style={{ flex: 1 }}
    />
  );
  return (
    <Input.Wrapper label={label} labelElement="div" labelProps={{ id }} required={required} error={error}>
      <Group role="group" aria-labelledby={id} gap="xs" wrap="nowrap">
        {part('years', 25, years, (y) => set(y, months === '' ? null : months))}
        {part('months', 11, months, (m) => set(years === '' ? null : years, m))}
      </Group>
    </Input.Wrapper>
  );
}
