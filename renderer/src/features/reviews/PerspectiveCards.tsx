import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Perspective, type ReviewRecord } from '../../../../shared/schemas/review';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useI18n } from '../../i18n';
import { newRowId } from './labels';
import { RecordText } from './RecordText';
import type { ReviewEditor } from './use-review-editor';

type Entry = ReviewRecord['perspectives'][number];
const ORDER = Perspective.options;

/** What is working and what is not working, a card for each perspective present (learner, family, school, others). */
export function PerspectiveCards({ editor, readOnly }: { editor: ReviewEditor; readOnly: boolean }) {
  const { t } = useI18n();
  const [removing, setRemoving] = useState<Entry | null>(null);
  const entries = [...editor.record.perspectives].sort((a, b) => ORDER.indexOf(a.perspective) - ORDER.indexOf(b.perspective));
  const missing = ORDER.filter((p) => !entries.some((e) => e.perspective === p));
  const set = (id: string, patch: Partial<Entry>, typing = false) =>
    editor.change({ perspectives: editor.record.perspectives.map((e) => (e.id === id ? { ...e, ...patch } : e)) }, typing);
  const add = (perspective: Perspective) => editor.change({ perspectives: [...editor.record.perspectives, { id: newRowId(), perspective, working: '', notWorking: '' }] });
  const remove = (id: string) => editor.change({ perspectives: editor.record.perspectives.filter((e) => e.id !== id) });
  return (
    <Stack gap="sm" component="section" aria-labelledby="review-perspectives">
      <Title order={2} size="h3" id="review-perspectives">
        {t('reviews.record.perspectivesTitle')}
      </Title>
      {entries.length === 0 && <Text c="dimmed">{t('reviews.record.noPerspectives')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {entries.map((e) => {
          const view = t(`reviews.perspectives.${e.perspective}`);
          return (
            <Card key={e.id} withBorder radius="md" role="group" aria-label={view}>
              <Group justify="space-between" mb="xs">
                <Text fw={700}>{view}</Text>
                {!readOnly && (
                  <Button size="compact-sm" variant="subtle" color="red" c="red.9" aria-label={t('reviews.record.removePerspective', { view })} onClick={() => (e.working || e.notWorking ? setRemoving(e) : remove(e.id))}>
                    {t('reviews.record.remove')}
                  </Button>
                )}
              </Group>
              <Stack gap="xs">
                <RecordText label={t('reviews.record.working')} value={e.working} onType={(working) => set(e.id, { working }, true)} onLeave={() => editor.flush()} readOnly={readOnly} />
                <RecordText label={t('reviews.record.notWorking')} value={e.notWorking} onType={(notWorking) => set(e.id, { notWorking }, true)} onLeave={() => editor.flush()} readOnly={readOnly} />
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      {!readOnly && missing.length > 0 && (
        <Group gap="xs">
          {missing.map((p) => (
            <Button key={p} variant="default" size="xs" onClick={() => add(p)}>
              {t(`reviews.record.addPerspective.${p}`)}
            </Button>
          ))}
        </Group>
      )}
      {removing && (
        <ConfirmModal
          message={t('reviews.record.removePerspectiveConfirm', { view: t(`reviews.perspectives.${removing.perspective}`) })}
          confirmLabel={t('reviews.record.remove')}
          onConfirm={() => remove(removing.id)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
