import { ActionIcon, Button, Checkbox, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { isIsoDate } from '../../../../shared/rules/dates';
import type { ReviewRecord } from '../../../../shared/schemas/review';
import { useI18n } from '../../i18n';
import { newRowId } from './labels';
import { SectionTable } from './SectionTable';
import type { ReviewEditor } from './use-review-editor';

type Action = ReviewRecord['actions'][number];

/** A date typed in a row: kept on screen while it is not yet a whole date, saved once it is (or is emptied). */
function DueDate({ label, value, onChange, readOnly }: { label: string; value: string | null; onChange: (v: string | null) => void; readOnly: boolean }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const bad = draft !== '' && !isIsoDate(draft);
  const change = (next: string) => {
    setDraft(next);
    if (next === '' || isIsoDate(next)) onChange(next || null);
  };
  return <TextInput type="date" aria-label={label} value={draft} onChange={(e) => change(e.currentTarget.value)} readOnly={readOnly} variant={readOnly ? 'filled' : 'default'} error={bad ? t('learner.invalid.date') : undefined} />;
}

/**
 * The action plan: who does what by when; open actions are on the caseload's due panel until done (those with no
 * date after the dated ones). `canTick` keeps the done box working when the rest is read only (a decided review).
 */
export function ActionsTable({ editor, readOnly, canTick }: { editor: ReviewEditor; readOnly: boolean; canTick: boolean }) {
  const { t } = useI18n();
  const [added, setAdded] = useState<string | null>(null);
  const actions = editor.record.actions;
  useEffect(() => {
    if (added) document.getElementById(`review-action-${added}`)?.focus();
  }, [added]);
  const set = (id: string, patch: Partial<Action>, typing = false) => editor.change({ actions: actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) }, typing);
  const tick = (id: string, done: boolean) => {
    if (!readOnly) set(id, { status: done ? 'done' : 'open' });
    else if (canTick) editor.setActionDone(id, done);
  };
  const add = () => {
    const id = newRowId();
    editor.change({ actions: [...actions, { id, action: '', owner: '', dueDate: null, status: 'open' }] });
    setAdded(id);
  };
  const columns = ['action', 'owner', 'dueDate', 'done'].map((c) => t(`reviews.record.actionColumns.${c}`));
  return (
    <Stack gap="sm" component="section" aria-labelledby="review-actions">
      <Title order={2} size="h3" id="review-actions">
        {t('reviews.record.actionsTitle')}
      </Title>
      {actions.length === 0 ? (
        <Text c="dimmed">{t('reviews.record.noActions')}</Text>
      ) : (
        <SectionTable labelledBy="review-actions" minWidth={720} columns={columns} actions={readOnly ? undefined : t('reviews.record.rowActions')}>
          {actions.map((a, i) => {
            const n = i + 1;
            return (
              <Table.Tr key={a.id}>
                <Table.Td w="45%">
                  <TextInput id={`review-action-${a.id}`} aria-label={t('reviews.record.actionN', { n })} value={a.action} onChange={(e) => set(a.id, { action: e.currentTarget.value }, true)} onBlur={() => editor.flush()} readOnly={readOnly} variant={readOnly ? 'filled' : 'default'} maxLength={1000} />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={t('reviews.record.ownerN', { n })} value={a.owner} onChange={(e) => set(a.id, { owner: e.currentTarget.value }, true)} onBlur={() => editor.flush()} readOnly={readOnly} variant={readOnly ? 'filled' : 'default'} maxLength={150} />
                </Table.Td>
                <Table.Td>
                  <DueDate label={t('reviews.record.dueN', { n })} value={a.dueDate} onChange={(dueDate) => set(a.id, { dueDate })} readOnly={readOnly} />
                </Table.Td>
                <Table.Td>
                  <Checkbox aria-label={t('reviews.record.doneN', { n })} checked={a.status === 'done'} onChange={(e) => tick(a.id, e.currentTarget.checked)} disabled={readOnly && !canTick} />
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" c="red.9" aria-label={t('reviews.record.removeAction', { n })} title={t('reviews.record.removeAction', { n })} onClick={() => editor.change({ actions: actions.filter((x) => x.id !== a.id) })}>
                      <span aria-hidden>✕</span>
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </SectionTable>
      )}
      {!readOnly && (
        <Button variant="default" size="xs" w="fit-content" onClick={add} disabled={actions.length >= 60}>
          {t('reviews.record.addAction')}
        </Button>
      )}
    </Stack>
  );
}
