import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import { CatalogueTab } from './CatalogueTab';
import { IdpsTab } from './IdpsTab';
import { ImpactTab } from './ImpactTab';
import { PlansListTab } from './PlansListTab';

/** The tabs, by value; the first is open to begin with. */
const TABS = [
  { value: 'idps', Panel: IdpsTab },
  { value: 'oppPlus', Panel: PlansListTab },
  { value: 'impact', Panel: ImpactTab },
  { value: 'catalogue', Panel: CatalogueTab },
] as const;

/** Plans: every IDP and OPP+, the OPP+ impact across the caseload, and the school's intervention catalogue. */
export function PlansPage() {
  const { t } = useI18n();
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          {t('plans.title')}
        </Title>
        <Text size="sm" maw={760}>
          {t('plans.intro')}
        </Text>
      </div>
      <Tabs defaultValue={TABS[0].value} keepMounted={false}>
        <Tabs.List>
          {TABS.map(({ value }) => (
            <Tabs.Tab key={value} value={value}>
              {t(`plans.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Panel />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
