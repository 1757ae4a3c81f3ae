import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import { LearnerProfilesTab } from './LearnerProfilesTab';
import { StaffDirectoryTab } from './StaffDirectoryTab';

/** One-page profiles: every learner's, and the staff directory of colleagues' profiles. */
export function ProfilesPage() {
  const { t } = useI18n();
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          {t('profiles.title')}
        </Title>
        <Text size="sm" maw={760}>
          {t('profiles.intro')}
        </Text>
      </div>
      <Tabs defaultValue="learners" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="learners">{t('profiles.tabs.learners')}</Tabs.Tab>
          <Tabs.Tab value="staff">{t('profiles.tabs.staff')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="learners" pt="md">
          <LearnerProfilesTab />
        </Tabs.Panel>
        <Tabs.Panel value="staff" pt="md">
          <StaffDirectoryTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
