import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { ImportPreview } from '../../../../shared/schemas/import';
import { useImportProgress } from '../../api/import';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { ProblemTable, SHOWN_ROWS, type Choice, type ProblemRowState } from './ProblemTable';

interface Props {
  preview: ImportPreview;
  rows: ProblemRowState[];
  onChoose: (row: number, choice: Choice) => void;
  onFix: Parameters<typeof ProblemTable>[0]['onFix'];
  onSkipAll: () => void;
  onBack: () => void;
  onImport: () => void;
  onCheck: () => void;
  /** Set when the last check found fixes that are still wrong. */
  stillWrong: boolean;
  checking: boolean;
  importing: boolean;
  error: unknown;
}

function Counts({ counts }: { counts: ImportPreview['counts'] }) {
  const { t } = useI18n();
  return (
    <Group gap="xl" data-testid="import-counts">
      <Text fw={600}>{t('import.check.toAdd', { count: counts.add })}</Text>
      <Text fw={600}>{t('import.check.toUpdate', { count: counts.update })}</Text>
      <Text fw={600}>{t('import.check.unchanged', { count: counts.unchanged })}</Text>
      <Text fw={600} c={counts.problems ? 'red.9' : undefined}>
        {t('import.check.withProblems', { count: counts.problems })}
      </Text>
    </Group>
  );
}

function ImportProgressBar() {
  const { t } = useI18n();
  const progress = useImportProgress(true);
  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Stack gap={4} maw={480}>
      <Progress value={pct} aria-label={t('import.check.progress')} size="lg" />
      <Text size="sm">{progress ? t('import.check.progressText', { done: progress.done, total: progress.total }) : t('import.check.starting')}</Text>
    </Stack>
  );
}

function ProblemsSection({ rows, onChoose, onFix, onSkipAll, importing }: Pick<Props, 'rows' | 'onChoose' | 'onFix' | 'onSkipAll' | 'importing'>) {
  const { t } = useI18n();
  if (rows.length === 0) return <Text>{t('import.check.noProblems')}</Text>;
  return (
    <>
      <Text>{t('import.check.problemsIntro')}</Text>
      <Group>
        <Button variant="default" onClick={onSkipAll} disabled={importing}>
          {t('import.check.skipAll')}
        </Button>
      </Group>
      {rows.length > SHOWN_ROWS && <Text size="sm">{t('import.check.showing', { shown: SHOWN_ROWS, total: rows.length })}</Text>}
      <ProblemTable rows={rows} onChoose={onChoose} onFix={onFix} />
    </>
  );
}

function Actions({ p, undecided }: { p: Props; undecided: number }) {
  const { t } = useI18n();
  const fixing = p.rows.some((r) => r.choice === 'fix');
  return (
    <Group>
      <Button variant="default" onClick={p.onBack} disabled={p.importing}>
        {t('import.back')}
      </Button>
      {fixing && (
        <Button variant="default" onClick={p.onCheck} loading={p.checking} disabled={p.importing}>
          {t('import.check.checkFixes')}
        </Button>
      )}
      <Button onClick={p.onImport} loading={p.checking || p.importing} disabled={undecided > 0}>
        {t('import.check.import')}
      </Button>
    </Group>
  );
}

/** Step 3: the counts, every problem row with a choice, then Import (with a progress bar while it runs). */
export function CheckStep(p: Props) {
  const { t } = useI18n();
  const undecided = p.rows.filter((r) => r.current.problems.length > 0 && !r.choice).length;
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('import.check.heading')}
      </Title>
      <Counts counts={p.preview.counts} />
      <ProblemsSection rows={p.rows} onChoose={p.onChoose} onFix={p.onFix} onSkipAll={p.onSkipAll} importing={p.importing} />
      {undecided > 0 && <Text size="sm">{t('import.check.undecided', { count: undecided })}</Text>}
      {p.stillWrong && (
        <Alert color="red" role="alert" variant="light">
          {t('import.check.stillWrong')}
        </Alert>
      )}
      <ErrorAlert error={p.error} />
      {p.importing && <ImportProgressBar />}
      <Actions p={p} undecided={undecided} />
    </Stack>
  );
}
