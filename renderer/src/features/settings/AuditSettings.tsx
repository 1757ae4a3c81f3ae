import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useAuditCount } from '../../api/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatCount } from '../audit/audit-words';
import { VerifyPanel } from '../audit/VerifyPanel';
import { hrefFor } from '../shell/use-hash-route';

/** Settings → Audit log: how long the log is, a way into it, and the chain check. */
export function AuditSettings() {
  const { t } = useI18n();
  const count = useAuditCount();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-audit">
      <Stack>
        <Title order={2} size="h3" id="settings-audit">
          {t('audit.settingsTitle')}
        </Title>
        <Text>{t('audit.settingsIntro')}</Text>
        {count.data !== undefined && <Text>{t('audit.settingsCount', { count: count.data, n: formatCount(count.data) })}</Text>}
        <ErrorAlert error={count.error} />
        <Button component="a" href={hrefFor.audit()} variant="light" w="fit-content">
          {t('audit.open')}
        </Button>
        <VerifyPanel />
      </Stack>
    </Paper>
  );
}
