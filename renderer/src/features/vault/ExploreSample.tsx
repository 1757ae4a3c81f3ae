import { Button, Divider, Group, Progress, Stack, Text } from '@mantine/core';
import { useOpenSample, useSampleProgress } from '../../api/sample';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

/** On the first screen and the unlock screen: open the sample caseload instead (built the first time, with progress). */
export function ExploreSample() {
  const { t } = useI18n();
  const open = useOpenSample();
  const progress = useSampleProgress(open.isPending);
  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <>
      <Divider my="lg" />
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('sample.question')}</Text>
          <Button variant="default" onClick={() => open.mutate()} disabled={open.isPending}>
            {t('sample.explore')}
          </Button>
        </Group>
        {open.isPending && progress && <Progress value={pct} aria-label={t('sample.progress')} size="lg" />}
        {/* Always in the page, so a screen reader is already listening when the first message comes. */}
        <Text size="sm" role="status">
          {open.isPending && (progress && progress.done < progress.total ? t('sample.building', { done: progress.done, total: progress.total }) : t('sample.opening'))}
        </Text>
        <ErrorAlert error={open.error} />
      </Stack>
    </>
  );
}
