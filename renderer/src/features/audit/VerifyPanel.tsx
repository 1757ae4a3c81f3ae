import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useVerifyAudit } from '../../api/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatCount, formatWhen } from './audit-words';

/** "Verify the log": walks the hash chain in the core and says plainly whether anything was tampered with. */
export function VerifyPanel() {
  const { t } = useI18n();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('audit.verify')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('audit.verifyHelp')}
      </Text>
      {result?.ok && (
        <Alert color="teal" role="status" variant="light">
          {t('audit.verifyOk', { count: result.entries, n: formatCount(result.entries) })}
        </Alert>
      )}
      {result && !result.ok && (
        <Alert color="red" role="alert" variant="light">
          {result.brokenAt
            ? t('audit.verifyBroken', { n: formatCount(result.firstBroken ?? 0), when: formatWhen(result.brokenAt) })
            : t('audit.verifyBrokenNoTime', { n: formatCount(result.firstBroken ?? 0) })}
        </Alert>
      )}
      <ErrorAlert error={verify.error} />
    </Stack>
  );
}
