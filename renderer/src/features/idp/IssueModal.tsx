import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isIsoDate, todayIso } from '../../../../shared/rules/dates';
import type { IdpProblem } from '../../../../shared/rules/idp-quality';
import type { Idp, IdpContent } from '../../../../shared/schemas/idp';
import { useIssueIdp } from '../../api/idp';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { sectionHeading } from './labels';
import { problemRow, problemText } from './problem-text';

interface Props {
  idp: Idp;
  /** The plan as it is on screen, and its checks. */
  content: IdpContent;
  problems: readonly IdpProblem[];
  /** Saves what is on screen; resolves with the draft's version. */
  finishSaving: () => Promise<number>;
  onClose: () => void;
}

/**
 * Issuing gives the plan: this version becomes read-only and the 12-month review runs from the date given. A plan
 * with gaps still to fill is issued only with a reason, which is recorded with it.
 */
export function IssueModal({ idp, content, problems, finishSaving, onClose }: Props) {
  const { t, language } = useI18n();
  const issue = useIssueIdp();
  const [dateGiven, setDateGiven] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const gaps = problems.filter((p) => p.blocking);
  const badDate = !isIsoDate(dateGiven);
  const needsReason = gaps.length > 0 && reason.trim() === '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (badDate || needsReason) return;
    const version = await finishSaving();
    issue.mutate({ idpId: idp.id, version, dateGiven, overrideReason: gaps.length > 0 ? reason.trim() : null }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('idp.issue.title', { n: idp.versionNumber })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('idp.issue.body')}</Text>
          <TextInput type="date" label={t('idp.issue.dateGiven')} value={dateGiven} onChange={(e) => setDateGiven(e.currentTarget.value)} error={tried && badDate ? t('learner.invalid.date') : undefined} required data-autofocus />
          {gaps.length > 0 ? (
            <>
              <Alert color="orange" variant="light">
                <Text size="sm" fw={700}>
                  {t('idp.issue.gapsTitle', { count: gaps.length })}
                </Text>
                <List size="sm" spacing={2}>
                  {gaps.map((p, i) => (
                    <List.Item key={`${p.section}-${p.code}-${p.rowId ?? i}`}>
                      {[sectionHeading(p.section, language), problemRow(t, content, p), problemText(t, p)].filter(Boolean).join(' – ')}
                    </List.Item>
                  ))}
                </List>
              </Alert>
              <Textarea
                label={t('idp.issue.reason')}
                description={t('idp.issue.reasonHint')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={2000}
                required
                error={tried && needsReason ? t('idp.issue.reasonNeeded') : undefined}
              />
            </>
          ) : (
            <Text size="sm">{t('idp.issue.noGaps')}</Text>
          )}
          <ErrorAlert error={issue.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={gaps.length > 0 ? 'orange.9' : undefined} loading={issue.isPending}>
              {gaps.length > 0 ? t('idp.issue.withGaps') : t('idp.issue.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
