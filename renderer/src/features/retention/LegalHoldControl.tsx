import { Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLegalHold } from '../../api/retention';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

/**
 * The legal hold on a learner: a switch, and the reason kept with it (saved as the field is left). The reason
 * stays on the learner's record; the audit log only says that a hold was placed or removed.
 */
export function LegalHoldControl({ learnerId, hold, reason }: { learnerId: string; hold: boolean; reason: string | null }) {
  const { t } = useI18n();
  const [text, setText] = useState(reason ?? '');
  useEffect(() => setText(reason ?? ''), [reason]);
  const setHold = useLegalHold(learnerId);
  const saveReason = () => {
    if (hold && text.trim() !== (reason ?? '')) setHold.mutate({ hold: true, reason: text });
  };
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={t('retention.hold.label')}>
      <Stack gap={6}>
        <Group align="flex-start" gap="lg">
          <Switch
            label={t('retention.hold.label')}
            description={t('retention.hold.help')}
            checked={hold}
            disabled={setHold.isPending}
            onChange={(e) => setHold.mutate({ hold: e.currentTarget.checked, reason: text })}
            maw={420}
          />
          <TextInput label={t('retention.hold.reason')} value={text} onChange={(e) => setText(e.currentTarget.value)} onBlur={saveReason} maxLength={500} w={320} />
        </Group>
        <Text size="sm" c="dimmed" role="status">
          {setHold.isSuccess ? t(setHold.variables?.hold ? 'retention.hold.saved' : 'retention.hold.cleared') : ''}
        </Text>
        <ErrorAlert error={setHold.error} />
      </Stack>
    </Paper>
  );
}
