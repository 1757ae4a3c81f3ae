/**
 * A learner's or a colleague's one-page profile, written with them: details, the three sections, the live fit
 * check beside them, and the versions. Items save as one list (after a pause in typing, or on leaving a field).
 */
import { Anchor, Box, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { OwnerKind, Profile } from '../../../../shared/schemas/profile';
import { useCurrentProfile } from '../../api/profiles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SaveStatus } from '../../components/SaveStatus';
import { useI18n } from '../../i18n';
import { useSheetExtras } from '../print/use-sheet-extras';
import { hrefFor } from '../shell/use-hash-route';
import { FitCheck } from './FitCheck';
import { ItemsEditor } from './ItemsEditor';
import { formatStamp } from './labels';
import { ProfileDetails } from './ProfileDetails';
import { useProfileItems, type Draft } from './use-profile-items';
import { useProfileSaver } from './use-profile-saver';
import { VersionsPanel } from './VersionsPanel';

/** The profile as it would print now: the saved details with the words on screen. */
function onScreen(profile: Profile, drafts: Draft[]): Profile {
  const items = drafts
    .filter((d) => d.text.trim() !== '')
    .map(({ key, ...d }) => ({ ...d, id: key, text: d.text.trim(), importantFor: d.section === 'support' && d.importantFor }));
  return { ...profile, items };
}

function EditorHeading({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const learner = profile.ownerKind === 'learner';
  return (
    <>
      <Anchor href={learner ? hrefFor.learner(profile.ownerId) : hrefFor.section('profiles')} size="sm">
        ← {learner ? t('profiles.backToLearner', { name: profile.ownerName }) : t('profiles.backToProfiles')}
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {t('profiles.editorTitle', { name: profile.ownerName })}
        </Title>
        <Text size="sm">{t('profiles.versionLine', { n: profile.versionNumber, date: formatStamp(profile.updatedAt) })}</Text>
      </div>
    </>
  );
}

/** Saving: items and details through one queue; after a refused stale save, what is stored replaces the drafts. */
function useEditorState(profile: Profile, reload: () => Promise<Profile | undefined>) {
  const resetItems = useRef<(p: Profile) => void>(() => {});
  const onConflict = useCallback(async () => {
    const fresh = await reload();
    if (!fresh) return null;
    resetItems.current(fresh);
    return fresh.version;
  }, [reload]);
  const saver = useProfileSaver(profile, onConflict);
  const items = useProfileItems(profile.items, saver.saveItems);
  const { reset, flush } = items;
  useEffect(() => {
    resetItems.current = (p) => reset(p.items);
  }, [reset]);
  const { settled } = saver;
  const finishSaving = useCallback(async () => {
    flush();
    await settled();
  }, [flush, settled]);
  return { saver, items, finishSaving };
}

function ProfileEditor({ profile, reload }: { profile: Profile; reload: () => Promise<Profile | undefined> }) {
  const { t } = useI18n();
  const { saver, items, finishSaving } = useEditorState(profile, reload);
  const extras = useSheetExtras(profile);
  const preview = useMemo(() => onScreen(profile, items.drafts), [profile, items.drafts]);
  return (
    <Stack>
      <EditorHeading profile={profile} />
      <SaveStatus state={saver.state} error={saver.error} conflict={t('profiles.conflict')} />
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Stack style={{ flex: 1, minWidth: 0 }} gap="md">
          <ProfileDetails profile={profile} hasPhoto={extras.hasPhoto} save={saver.update} />
          <ItemsEditor kind={profile.ownerKind} items={items} />
          <VersionsPanel profile={profile} beforeNewVersion={finishSaving} />
        </Stack>
        <Box w={320} style={{ flex: '0 0 auto', position: 'sticky', top: 76 }}>
          <FitCheck profile={preview} photo={extras.photo} schoolName={extras.schoolName} beforeExport={finishSaving} />
        </Box>
      </Group>
    </Stack>
  );
}

export function ProfileEditorPage({ kind, ownerId }: { kind: OwnerKind; ownerId: string }) {
  const { t } = useI18n();
  const query = useCurrentProfile(kind, ownerId);
  const { refetch } = query;
  const reload = useCallback(async () => (await refetch()).data, [refetch]);
  if (query.isPending) return <Loader aria-label={t('app.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  // A new version is a new profile: the editor starts again from it.
  return <ProfileEditor key={query.data.id} profile={query.data} reload={reload} />;
}
