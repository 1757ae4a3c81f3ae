import { AppShell, Burger, Button, Group, NavLink, Text, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useLock, useSchool, useSettings } from '../../api/hooks';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useI18n } from '../../i18n';
import { CaseloadPage } from '../caseload/CaseloadPage';
import { SectionPage } from '../sections/SectionPage';
import { SettingsPage } from '../settings/SettingsPage';
import { ROUTES, useHashRoute, type Route } from './use-hash-route';
import { useIdleLock } from './use-idle-lock';

function Page({ route }: { route: Route }) {
  switch (route) {
    case 'caseload':
      return <CaseloadPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <SectionPage section={route} />;
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

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.openMenu')} />
            <Text fw={700} c="teal.9" size="lg">
              {t('app.name')}
            </Text>
            {school.data && (
              <Text c="dimmed" truncate data-testid="school-name">
                {school.data.schoolName}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Tooltip label={t('nav.lockHint')}>
              <Button variant="light" color="gray" onClick={() => lock.mutate('user')} loading={lock.isPending} aria-keyshortcuts="Control+L">
                {t('nav.lockNow')}
              </Button>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        {ROUTES.map((r) => (
          <NavLink key={r} variant="filled" href={`#/${r}`} label={t(`nav.${r}`)} active={route === r} aria-current={route === r ? 'page' : undefined} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Page route={route} />
      </AppShell.Main>
    </AppShell>
  );
}
