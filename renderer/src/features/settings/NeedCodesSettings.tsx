import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CodeListKey, type CodeItem } from '../../../../shared/schemas/codes';
import { useCodes, useSaveCode } from '../../api/learners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { SettingsSection } from './SettingsSection';

/** Need codes are data: choose the nation's list, add a code, retire one (kept for learners who have it). */
export function NeedCodesSettings() {
  const { t } = useI18n();
  const codes = useCodes();
  const save = useSaveCode();
  const [draft, setDraft] = useState({ code: '', labelEn: '', labelCy: '' });
  const active = codes.data?.active ?? 'WAL_NEED_TYPE';
  const items = (codes.data?.codes ?? []).filter((c) => c.listKey === active);
  const s = (k: string) => t(`settings.codes.${k}`);

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.code.trim() || !draft.labelEn.trim() || !draft.labelCy.trim()) return;
    save.mutate({ listKey: active, ...draft, code: draft.code.trim().toUpperCase(), active: true }, { onSuccess: () => setDraft({ code: '', labelEn: '', labelCy: '' }) });
  };
  const toggle = (c: CodeItem) => save.mutate({ listKey: c.listKey, code: c.code, labelEn: c.labelEn, labelCy: c.labelCy, active: !c.active });

  return (
    <SettingsSection id="settings-codes" title={s('title')}>
      <Text size="sm" c="dimmed">{s('intro')}</Text>
      <Select
        label={s('list')}
        data={CodeListKey.options.map((k) => ({ value: k, label: s(`lists.${k}`) }))}
        value={active}
        onChange={(v) => v && save.mutate({ useList: v as CodeListKey })}
        allowDeselect={false}
        w={360}
      />
      <Table aria-label={s('tableLabel')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{s('code')}</Table.Th>
            <Table.Th scope="col">{s('labelEn')}</Table.Th>
            <Table.Th scope="col">{s('labelCy')}</Table.Th>
            <Table.Th scope="col">{s('active')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Td ff="monospace">{c.code}</Table.Td>
              <Table.Td>{c.labelEn}</Table.Td>
              <Table.Td>{c.labelCy}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {!c.active && <Badge color="gray" variant="outline">{s('retired')}</Badge>}
                  <Button size="compact-xs" variant="default" onClick={() => toggle(c)} aria-label={`${c.active ? s('retire') : s('reinstate')}: ${c.labelEn}`}>
                    {c.active ? s('retire') : s('reinstate')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form onSubmit={add}>
        <Group align="flex-end">
          <TextInput label={s('code')} value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })} w={120} maxLength={40} />
          <TextInput label={s('labelEn')} value={draft.labelEn} onChange={(e) => setDraft({ ...draft, labelEn: e.currentTarget.value })} w={240} maxLength={120} />
          <TextInput label={s('labelCy')} value={draft.labelCy} onChange={(e) => setDraft({ ...draft, labelCy: e.currentTarget.value })} w={240} maxLength={120} />
          <Button type="submit" variant="default" loading={save.isPending}>{s('add')}</Button>
        </Group>
      </form>
      <ErrorAlert error={save.error} />
    </SettingsSection>
  );
}
