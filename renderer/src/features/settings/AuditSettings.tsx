import { Button, Stack, Text } from '@mantine/core';
import { useAuditCount } from '../../api/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatCount } from '../audit/audit-words';
import { VerifyPanel } from '../audit/VerifyPanel';
import { hrefFor } from '../shell/use-hash-route';
import { SettingsSection } from './SettingsSection';

/** Settings → Audit log: how long the log is, a way into it, and the chain check. */
export function AuditSettings() {
  const { t } = useI18n();
  const count = useAuditCount();
  return (
    <SettingsSection id="settings-audit" title={t('audit.settingsTitle')}>
      <Text>{t('audit.settingsIntro')}</Text>
      {count.data !== undefined && <Text>{t('audit.settingsCount', { count: count.data, n: formatCount(count.data) })}</Text>}
      <ErrorAlert error={count.error} />
      <Button component="a" href={hrefFor.audit()} variant="light" w="fit-content">
        {t('audit.open')}
      </Button>
      <VerifyPanel />
    </SettingsSection>
  );
}
