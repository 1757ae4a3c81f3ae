/**
 * Inputs that save themselves: text saves when the person leaves the field (if it changed and is valid),
 * choices save as soon as they are made. Each shows its own validation message in plain words.
 */
import { MultiSelect, Select, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

interface Base<T> {
  label: string;
  value: T;
  onSave: (value: T) => void;
  description?: string;
  disabled?: boolean;
}

interface TextProps extends Base<string | null> {
  /** A message when the draft cannot be saved, or null. */
  validate?: (draft: string) => string | null;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'date';
  requiredMessage?: string;
  maxLength?: number;
  /** The record's version: a new one (a save, a refused stale save, a reload) resets the field to what is stored. */
  revision?: number;
}

export function AutoText({ label, value, onSave, validate, required, multiline, type = 'text', description, disabled, requiredMessage, maxLength, revision }: TextProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  // What is stored wins, except in the field the person is typing in right now.
  useEffect(() => {
    if (!focused.current) setDraft(value ?? '');
  }, [value, revision]);

  const commit = () => {
    const trimmed = draft.trim();
    if (trimmed === (value ?? '')) return setError(null);
    if (required && !trimmed) return setError(requiredMessage ?? null);
    const problem = trimmed && validate ? validate(trimmed) : null;
    setError(problem);
    if (!problem) onSave(trimmed === '' ? null : trimmed);
  };
  const common = {
    label,
    description,
    disabled,
    value: draft,
    error,
    required,
    maxLength,
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      commit();
    },
    onChange: (e: { currentTarget: { value: string } }) => setDraft(e.currentTarget.value),
  };
  return multiline ? <Textarea {...common} autosize minRows={3} maxRows={12} /> : <TextInput {...common} type={type} />;
}

interface SelectProps extends Base<string | null> {
  data: { value: string; label: string }[];
  clearable?: boolean;
  searchable?: boolean;
}

export function AutoSelect({ label, value, onSave, data, clearable, searchable, description, disabled }: SelectProps) {
  return (
    <Select
      label={label}
      description={description}
      disabled={disabled}
      data={data}
      value={value}
      onChange={(v) => v !== value && onSave(v)}
      clearable={clearable}
      searchable={searchable}
      allowDeselect={false}
    />
  );
}

export function AutoMultiSelect({ label, value, onSave, data, description }: Base<string[]> & { data: { value: string; label: string }[] }) {
  return <MultiSelect label={label} description={description} data={data} value={value} onChange={onSave} searchable clearable />;
}

export function AutoTags({ label, value, onSave, description }: Base<string[]>) {
  return <TagsInput label={label} description={description} value={value} onChange={onSave} clearable />;
}

export function AutoSwitch({ label, value, onSave, disabled }: Base<boolean>) {
  return <Switch label={label} checked={value} disabled={disabled} onChange={(e) => onSave(e.currentTarget.checked)} />;
}
