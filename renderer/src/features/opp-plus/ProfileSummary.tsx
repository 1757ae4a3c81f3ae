import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ProfileSection } from '../../../../shared/schemas/profile';
import { useCurrentProfile } from '../../api/profiles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatStamp } from '../profile/labels';
import { hrefFor } from '../shell/use-hash-route';

/** The one-page profile is the first part of an OPP+: its three sections as they stand, and where to edit them. */
export function ProfileSummary({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const profile = useCurrentProfile('learner', learnerId);
  const p = profile.data;
  return (
    <Paper component="section" aria-labelledby="opp-profile" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="opp-profile">
            {t('oppPlus.profile.title')}
          </Title>
          <Anchor href={hrefFor.profile('learner', learnerId)}>{t('oppPlus.profile.edit')}</Anchor>
        </Group>
        <ErrorAlert error={profile.error} />
        {p && p.items.length === 0 && <Text c="dimmed">{t('oppPlus.profile.empty')}</Text>}
        {p && p.items.length > 0 && (
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
        )}
      </Stack>
    </Paper>
  );
}
