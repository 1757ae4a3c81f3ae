import { Textarea } from '@mantine/core';

interface Props {
  label: string;
  description?: string;
  value: string;
  /** Called as the person types; what they type is saved after a pause. */
  onType: (value: string) => void;
  /** Leaving the field saves at once. */
  onLeave: () => void;
  readOnly: boolean;
  maxLength?: number;
}

/** One of the record's free-text headings: grows with what is written; read-only once the review is decided. */
export function RecordText({ label, description, value, onType, onLeave, readOnly, maxLength = 5000 }: Props) {
  return (
    <Textarea
      label={label}
      description={description}
      value={value}
      onChange={(e) => onType(e.currentTarget.value)}
      onBlur={onLeave}
      readOnly={readOnly}
      variant={readOnly ? 'filled' : 'default'}
      autosize
      minRows={3}
      maxLength={maxLength}
    />
  );
}
