/**
 * The audit log (issue 8): who did what and when, newest first, filtered by learner and by what happened, with
 * "Verify the log". Reached from Settings and, already filtered, from a learner's page ("History").
 */
import { Anchor, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AuditCategory } from '../../../../shared/schemas/audit';
import { useAuditLog } from '../../api/audit';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor, navigate } from '../shell/use-hash-route';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { formatCount } from './audit-words';
import { VerifyPanel } from './VerifyPanel';

export function AuditPage({ learnerId }: { learnerId: string | null }) {
  const { t } = useI18n();
  const [category, setCategory] = useState<AuditCategory | null>(null);
  const log = useAuditLog({ learnerId, category });
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const total = log.data?.pages[0]?.total ?? 0;
  const learnerName = learnerId ? entries.find((e) => e.learnerId === learnerId && e.learnerName)?.learnerName : undefined;

  return (
    <Stack maw={1100}>
      {learnerId ? (
        <Anchor href={hrefFor.learner(learnerId)} size="sm">
          ← {learnerName ? t('audit.backToLearner', { name: learnerName }) : t('oppPlus.backToLearnerPage')}
        </Anchor>
      ) : (
        <Anchor href={hrefFor.section('settings')} size="sm">
          ← {t('audit.back')}
        </Anchor>
      )}
      <Title order={1} size="h2">
        {learnerName ? t('audit.titleFor', { name: learnerName }) : t('audit.title')}
      </Title>
      <Text maw={760}>{t('audit.intro')}</Text>
      <VerifyPanel />
      <AuditFilters learnerId={learnerId} onLearner={(id) => navigate(hrefFor.audit(id))} category={category} onCategory={setCategory} />
      {log.isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : log.isError ? (
        <ErrorAlert error={log.error} />
      ) : entries.length === 0 ? (
        <EmptyState title={t('audit.emptyTitle')} body={t('audit.emptyBody')} />
      ) : (
        <>
          <Text size="sm" role="status">
            {t('audit.shown', { count: total, shown: formatCount(entries.length), n: formatCount(total) })}
          </Text>
          <AuditTable entries={entries} />
          {log.hasNextPage && (
            <Button variant="default" w="fit-content" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {t('audit.showOlder')}
            </Button>
          )}
          <ErrorAlert error={log.error} />
        </>
      )}
    </Stack>
  );
}
