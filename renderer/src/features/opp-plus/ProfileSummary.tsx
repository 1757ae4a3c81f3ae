import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ProfileSection, type Profile } from '../../../../shared/schemas/profile';
import { useProfileVersions } from '../../api/profiles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatStamp } from '../profile/labels';
import { hrefFor } from '../shell/use-hash-route';

function Sections({ profile: p }: { profile: Profile }) {
  const { t } = useI18n();
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('profiles.versionLine', { n: p.versionNumber, date: formatStamp(p.updatedAt) })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {ProfileSection.options.map((section) => (
          <div key={section}>
            <Text fw={600} size="sm">
              {t(`profiles.sections.learner.${section}`)}
            </Text>
            <List size="sm" spacing={2}>
              {p.items
                .filter((i) => i.section === section)
                .map((i) => (
                  <List.Item key={i.id}>{i.text}</List.Item>
                ))}
            </List>
          </div>
        ))}
      </SimpleGrid>
    </>
  );
}

/**
 * The one-page profile is the first part of an OPP+: its three sections as they stand, and where to edit them.
 * Read only: the profile is found among the learner's versions, so opening the OPP+ never starts an empty one
 * (and writes no audit entry); without one, the section says so and links to where it is written.
 */
export function ProfileSummary({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const versions = useProfileVersions('learner', learnerId);
  const current = versions.data?.find((p) => p.status === 'current' && p.items.length > 0);
  const href = hrefFor.profile('learner', learnerId);
  return (
    <Paper component="section" aria-labelledby="opp-profile" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="opp-profile">
            {t('oppPlus.profile.title')}
          </Title>
          {current && <Anchor href={href}>{t('oppPlus.profile.edit')}</Anchor>}
        </Group>
        <ErrorAlert error={versions.error} />
        {current && <Sections profile={current} />}
        {versions.isSuccess && !current && (
          <Group gap="xs">
            <Text c="dimmed">{t('oppPlus.profile.empty')}</Text>
            <Anchor href={href}>{t('oppPlus.profile.write')}</Anchor>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
