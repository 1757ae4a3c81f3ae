import { AppShell, Badge, Burger, Button, Group, NavLink, Text, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useLock, useSchool, useSettings, useVaultStatus } from '../../api/hooks';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useI18n } from '../../i18n';
import { AuditPage } from '../audit/AuditPage';
import { CaseloadPage } from '../caseload/CaseloadPage';
import { IdpPage } from '../idp/IdpPage';
import { IdpVersionPage } from '../idp/IdpVersionPage';
import { ImportPage } from '../import/ImportPage';
import { LearnerPage } from '../learner/LearnerPage';
import { NewLearnerPage } from '../learner/NewLearnerPage';
import { OppPlusPage } from '../opp-plus/OppPlusPage';
import { PlansPage } from '../plans/PlansPage';
import { ProfileEditorPage } from '../profile/ProfileEditorPage';
import { ProfileVersionPage } from '../profile/ProfileVersionPage';
import { ProfilesPage } from '../profiles/ProfilesPage';
import { ReviewPage } from '../reviews/ReviewPage';
import { ReviewsPage } from '../reviews/ReviewsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { PrivacyScreen, usePrivacyScreen } from './PrivacyScreen';
import { SampleBanner } from './SampleBanner';
import { hrefFor, sectionOf, SECTIONS, useHashRoute, type Route } from './use-hash-route';
import { useIdleLock } from './use-idle-lock';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'caseload':
      return <CaseloadPage />;
    case 'learner':
      return <LearnerPage key={route.id} id={route.id} />;
    case 'newLearner':
      return <NewLearnerPage />;
    case 'settings':
      return <SettingsPage />;
    case 'import':
      return <ImportPage />;
    case 'profiles':
      return <ProfilesPage />;
    case 'profile':
      return <ProfileEditorPage key={`${route.kind}/${route.id}`} kind={route.kind} ownerId={route.id} />;
    case 'profileVersion':
      return <ProfileVersionPage key={route.id} id={route.id} />;
    case 'plans':
      return <PlansPage />;
    case 'oppPlus':
      return <OppPlusPage key={route.id} learnerId={route.id} />;
    case 'idp':
      return <IdpPage key={route.id} learnerId={route.id} />;
    case 'idpVersion':
      return <IdpVersionPage key={route.id} id={route.id} />;
    case 'reviews':
      return <ReviewsPage />;
    case 'review':
      return <ReviewPage key={route.id} id={route.id} />;
    case 'audit':
      return <AuditPage learnerId={route.learnerId} />;
  }
}

export function AppLayout() {
  const { t } = useI18n();
  const route = useHashRoute();
  const [opened, { toggle }] = useDisclosure();
  const school = useSchool(true);
  const settings = useSettings();
  const lock = useLock();
  useHotkeys([['mod+L', () => lock.mutate('user')]], []);
  useIdleLock(settings.data?.idleMs ?? 600_000, () => lock.mutate('idle'));
  const privacy = usePrivacyScreen();
  const sample = useVaultStatus().data?.sample === true;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.openMenu')} />
            <Text fw={700} c="teal.9" size="lg">
              {t('app.name')}
            </Text>
            {sample && (
              <Badge color="grape.9" variant="filled">
                {t('sample.badge')}
              </Badge>
            )}
            {school.data && (
              <Text c="dimmed" truncate data-testid="school-name">
                {school.data.schoolName}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Button variant="light" color="gray" onClick={privacy.toggle} aria-keyshortcuts="F9">
              {t('privacy.button')}
            </Button>
            <Tooltip label={t('nav.lockHint')}>
              <Button variant="light" color="gray" onClick={() => lock.mutate('user')} loading={lock.isPending} aria-keyshortcuts="Control+L">
                {t('nav.lockNow')}
              </Button>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        {SECTIONS.map((s) => (
          <NavLink
            key={s}
            variant="filled"
            href={hrefFor.section(s)}
            label={t(`nav.${s}`)}
            active={sectionOf(route) === s}
            aria-current={sectionOf(route) === s ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {sample && <SampleBanner />}
        <Page route={route} />
      </AppShell.Main>
      <PrivacyScreen hidden={privacy.hidden} onShow={privacy.toggle} />
    </AppShell>
  );
}
