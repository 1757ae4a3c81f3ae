import { Button, Checkbox, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n';

/**
 * The recovery key, shown once: print it, save it, and confirm it was kept before going on.
 * Printing uses the print stylesheet, which shows only the element marked `recovery-print`.
 */
export function RecoveryKeyPanel({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useI18n();
  const [kept, setKept] = useState(false);

  const save = () => {
    const text = `${t('recovery.fileHeading')}\n\n${recoveryKey}\n\n${t('recovery.fileAdvice')}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'caseload-recovery-key.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <Stack gap="md">
      <div className="recovery-print">
        <Text className="print-only" fw={700} size="lg">
          {t('recovery.fileHeading')}
        </Text>
        <Text size="sm" fw={600} id="recovery-key-label">
          {t('recovery.keyLabel')}
        </Text>
        <Code block fz="xl" ta="center" aria-labelledby="recovery-key-label" data-testid="recovery-key" style={{ letterSpacing: '0.08em' }}>
          {recoveryKey}
        </Code>
        <Text className="print-only" size="sm" mt="md">
          {t('recovery.fileAdvice')}
        </Text>
      </div>
      <Group>
        <Button variant="default" onClick={() => window.print()}>
          {t('recovery.print')}
        </Button>
        <Button variant="default" onClick={save}>
          {t('recovery.save')}
        </Button>
      </Group>
      <Checkbox label={t('recovery.confirm')} checked={kept} onChange={(e) => setKept(e.currentTarget.checked)} />
      <Button disabled={!kept} onClick={onDone}>
        {t('recovery.continue')}
      </Button>
    </Stack>
  );
}
