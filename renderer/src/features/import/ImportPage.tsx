import { Stack, Stepper, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import { CheckStep } from './CheckStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { SummaryStep } from './SummaryStep';
import { useImportFlow } from './use-import-flow';

/** Import learners from a CSV exported by the school's MIS: file → columns → check rows → summary. */
export function ImportPage() {
  const { t } = useI18n();
  const flow = useImportFlow();
  const { state: s, preview, commit } = flow;
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('import.title')}
      </Title>
      <Text maw={760}>{t('import.intro')}</Text>
      <Stepper active={s.step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('import.steps.file')}>
          <FileStep busy={preview.isPending} error={preview.error} onRead={flow.readFile} />
        </Stepper.Step>
        <Stepper.Step label={t('import.steps.mapping')}>
          {s.first && (
            <MappingStep
              headers={s.first.headers}
              sample={s.first.sample}
              mapping={s.mapping}
              onChange={flow.setMapping}
              onBack={flow.reset}
              onNext={flow.confirmMapping}
              busy={preview.isPending}
              error={preview.error}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('import.steps.check')}>
          {s.current && (
            <CheckStep
              preview={s.current}
              rows={flow.rows}
              onChoose={flow.choose}
              onFix={flow.fix}
              onSkipAll={flow.skipAll}
              onBack={() => flow.goTo(1)}
              onCheck={() => void flow.check()}
              onImport={() => void flow.importNow()}
              stillWrong={s.stillWrong}
              checking={preview.isPending}
              importing={commit.isPending}
              error={preview.error ?? commit.error}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('import.steps.done')}>{s.summary && <SummaryStep summary={s.summary} onAnother={flow.reset} />}</Stepper.Step>
      </Stepper>
    </Stack>
  );
}
