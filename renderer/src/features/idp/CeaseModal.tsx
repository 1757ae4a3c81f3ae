import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isIsoDate, todayIso } from '../../../../shared/rules/dates';
import type { Idp } from '../../../../shared/schemas/idp';
import { useCeaseIdp } from '../../api/idp';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

/** Stops maintaining the plan in force (domain.md §2.9): the date and the reason are recorded. */
export function CeaseModal({ idp, onClose }: { idp: Idp; onClose: () => void }) {
  const { t } = useI18n();
  const cease = useCeaseIdp();
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const badDate = !isIsoDate(date);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (badDate || reason.trim() === '') return;
    cease.mutate({ idpId: idp.id, version: idp.version, date, reason: reason.trim() }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('idp.cease.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('idp.cease.body')}</Text>
          <TextInput type="date" label={t('idp.cease.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={tried && badDate ? t('learner.invalid.date') : undefined} required data-autofocus />
          <Textarea label={t('idp.cease.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} maxLength={2000} required error={tried && reason.trim() === '' ? t('learner.invalid.required') : undefined} />
          <ErrorAlert error={cease.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={cease.isPending}>
              {t('idp.cease.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
