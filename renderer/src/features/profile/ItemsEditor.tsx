import { ActionIcon, Button, Checkbox, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { Contributor, OwnerKind, ProfileSection } from '../../../../shared/schemas/profile';
import { useI18n } from '../../i18n';
import { contributorOptions, SECTIONS, sectionHeading } from './labels';
import type { Draft, useProfileItems } from './use-profile-items';

/** At most this many items fit any page (the contract refuses more). */
const MAX_ITEMS = 60;

type Items = ReturnType<typeof useProfileItems>;

interface CardProps {
  kind: OwnerKind;
  draft: Draft;
  n: number;
  first: boolean;
  last: boolean;
  items: Items;
  autoFocus: boolean;
}

function ItemMoves({ n, first, last, draft, items }: Omit<CardProps, 'kind' | 'autoFocus'>) {
  const { t } = useI18n();
  const up = t('profiles.moveUp', { n });
  const down = t('profiles.moveDown', { n });
  const remove = t('profiles.remove', { n });
  return (
    <Group gap={4} wrap="nowrap" mt={24}>
      {/* Looks disabled at the ends but keeps focus, so a keyboard user moving an item is not thrown out of it. */}
      <ActionIcon variant="default" aria-label={up} title={up} data-disabled={first || undefined} aria-disabled={first} onClick={() => !first && items.move(draft.key, -1)}>
        <span aria-hidden>↑</span>
      </ActionIcon>
      <ActionIcon variant="default" aria-label={down} title={down} data-disabled={last || undefined} aria-disabled={last} onClick={() => !last && items.move(draft.key, 1)}>
        <span aria-hidden>↓</span>
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" c="red.9" aria-label={remove} title={remove} onClick={() => items.remove(draft.key)}>
        <span aria-hidden>✕</span>
      </ActionIcon>
    </Group>
  );
}

function ItemCard(props: CardProps) {
  const { kind, draft, n, items, autoFocus } = props;
  const { t } = useI18n();
  const label = t('profiles.item', { n });
  return (
    <Paper withBorder radius="md" p="sm" role="group" aria-label={label}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Textarea
          label={label}
          value={draft.text}
          onChange={(e) => items.change(draft.key, { text: e.currentTarget.value }, true)}
          onBlur={items.flush}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={1000}
          autoFocus={autoFocus}
          style={{ flex: 1 }}
        />
        <ItemMoves {...props} />
      </Group>
      <Group mt="xs" gap="lg" align="center">
        <Select
          label={t('profiles.whoSaid')}
          size="xs"
          w={200}
          data={contributorOptions(t, kind, draft.contributor)}
          value={draft.contributor}
          allowDeselect={false}
          onChange={(v) => v && items.change(draft.key, { contributor: v as Contributor })}
        />
        <Checkbox mt={18} label={t('profiles.firstPerson')} checked={draft.firstPerson} onChange={(e) => items.change(draft.key, { firstPerson: e.currentTarget.checked })} />
        {draft.section === 'support' && (
          <Checkbox mt={18} label={t('profiles.importantFor')} checked={draft.importantFor} onChange={(e) => items.change(draft.key, { importantFor: e.currentTarget.checked })} />
        )}
      </Group>
    </Paper>
  );
}

function SectionEditor({ kind, section, items, focusKey, onAdd }: { kind: OwnerKind; section: ProfileSection; items: Items; focusKey: string | null; onAdd: () => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const mine = items.drafts.filter((d) => d.section === section);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md" bg="gray.0">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {sectionHeading(t, kind, section)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`profiles.hints.${section}`)}
          </Text>
        </div>
        {mine.length === 0 && <Text size="sm">{t('profiles.noItems')}</Text>}
        {mine.map((d, i) => (
          <ItemCard key={d.key} kind={kind} draft={d} n={i + 1} first={i === 0} last={i === mine.length - 1} items={items} autoFocus={d.key === focusKey} />
        ))}
        <Button variant="light" w="fit-content" onClick={onAdd} disabled={items.drafts.length >= MAX_ITEMS}>
          {t('profiles.addItem')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The three sections, each with its items: written, attributed, reordered, removed; saved as one list. */
export function ItemsEditor({ kind, items }: { kind: OwnerKind; items: Items }) {
  const { t } = useI18n();
  const [focusKey, setFocusKey] = useState<string | null>(null);
  return (
    <Stack gap="md">
      {SECTIONS.map((s) => (
        <SectionEditor key={s} kind={kind} section={s} items={items} focusKey={focusKey} onAdd={() => setFocusKey(items.add(s))} />
      ))}
      {items.drafts.length >= MAX_ITEMS && <Text size="sm">{t('profiles.tooManyItems', { max: MAX_ITEMS })}</Text>}
    </Stack>
  );
}
