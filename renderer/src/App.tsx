import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { bridge } from './api/client';
import { keys, onVaultChanged, useSettings, useVaultStatus } from './api/hooks';
import { ErrorAlert } from './components/ErrorAlert';
import { CentredPage } from './components/CentredPage';
import { I18nProvider, useI18n } from './i18n';
import { AppLayout } from './features/shell/AppLayout';
import { RecoverScreen } from './features/vault/RecoverScreen';
import { RecoveryKeyPanel } from './features/vault/RecoveryKeyPanel';
import { SetupWizard } from './features/vault/SetupWizard';
import { UnlockScreen } from './features/vault/UnlockScreen';
import { PrintIdpView } from './features/print/PrintIdpView';
import { PrintOppPlusView } from './features/print/PrintOppPlusView';
import { PrintProfilesView } from './features/print/PrintProfilesView';
import { PrintReviewSheetsView } from './features/print/PrintReviewSheetsView';
import { PrintReviewView } from './features/print/PrintReviewView';
import { parsePrintRoute, type PrintRoute } from '../../shared/print';

/** A recovery key waiting to be shown once: after setup, or after a passphrase was reset with the old key. */
type PendingKey = { kind: 'setup' | 'recovered'; key: string } | null;

function Screens() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const status = useVaultStatus();
  const [pending, setPending] = useState<PendingKey>(null);
  const [recovering, setRecovering] = useState(false);

  // Main can lock on its own (sleep, screen lock): drop everything held about the data and show the lock screen.
  useEffect(
    () =>
      bridge().on('vault.changed', () => {
        void onVaultChanged(qc);
      }),
    [qc],
  );

  const showKeyThenOpen = (kind: 'setup' | 'recovered') => (key: string) => {
    setPending({ kind, key });
    setRecovering(false);
    void qc.invalidateQueries({ queryKey: keys.vault });
  };
  const done = () => setPending(null);

  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (status.isError) {
    return (
      <CentredPage title={t('app.name')}>
        <ErrorAlert error={status.error} />
      </CentredPage>
    );
  }
  if (status.data.state === 'new' || pending?.kind === 'setup') {
    return <SetupWizard recoveryKey={pending?.key ?? null} onCreated={showKeyThenOpen('setup')} onDone={done} />;
  }
  if (pending?.kind === 'recovered') {
    return (
      <CentredPage title={t('recovery.newKeyTitle')} intro={t('recovery.newKeyIntro')}>
        <RecoveryKeyPanel recoveryKey={pending.key} onDone={done} />
      </CentredPage>
    );
  }
  if (status.data.state === 'locked') {
    return recovering ? (
      <RecoverScreen onRecovered={showKeyThenOpen('recovered')} onCancel={() => setRecovering(false)} />
    ) : (
      <UnlockScreen onForgot={() => setRecovering(true)} />
    );
  }
  return <AppLayout />;
}

function PrintView({ route }: { route: PrintRoute }) {
  if (route.kind === 'profiles') return <PrintProfilesView ids={route.ids} />;
  if (route.kind === 'idp') return <PrintIdpView idpId={route.idpId} headings={route.headings} />;
  if (route.kind === 'reviewSheets') return <PrintReviewSheetsView reviewId={route.reviewId} audience={route.audience} language={route.language} />;
  if (route.kind === 'review') return <PrintReviewView reviewId={route.reviewId} />;
  return <PrintOppPlusView learnerId={route.learnerId} />;
}

export function App() {
  const settings = useSettings();
  const language = settings.data?.language ?? 'en';
  // The print view is opened on its own (the core renders it to PDF while the vault is unlocked): only the pages.
  const [printRoute] = useState(() => parsePrintRoute(window.location.hash));
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  if (printRoute && settings.isPending) return null;
  return (
    <I18nProvider language={language}>
      {printRoute ? <PrintView route={printRoute} /> : <Screens />}
    </I18nProvider>
  );
}
