import { Button, Group, Paper, Text } from '@mantine/core';
import { useLeaveSample } from '../../api/sample';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

/** At the top of every screen while the sample caseload is open, so it is never taken for the school's own. */
export function SampleBanner() {
  const { t } = useI18n();
  const leave = useLeaveSample();
  return (
    <Paper component="section" aria-label={t('sample.bannerLabel')} bg="grape.0" withBorder p="sm" mb="md" style={{ borderColor: 'var(--mantine-color-grape-9)' }}>
      <Group justify="space-between" wrap="nowrap" align="center">
        <Text size="sm" c="dark.9">
          <Text span fw={700} inherit>
            {t('sample.bannerTitle')}
          </Text>{' '}
          {t('sample.bannerText')}
        </Text>
        <Button color="grape.9" onClick={() => leave.mutate()} loading={leave.isPending} style={{ flexShrink: 0 }}>
          {t('sample.leave')}
        </Button>
      </Group>
      <ErrorAlert error={leave.error} />
    </Paper>
  );
}
