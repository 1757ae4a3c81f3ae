import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { SavedTo } from '../../components/ExportActions';
import { useI18n } from '../../i18n';

/** The clipboard API first; the older copy command where a permission policy refuses it (Electron denies them all). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/**
 * The one-time passphrase, shown once, large and in groups (it is read out over the phone or typed into a separate
 * message). Closing needs a tick that it has been noted: there is no second chance to see it.
 */
export function PassphrasePanel({ passphrase, saved, learners, onDone }: { passphrase: string; saved: string; learners: number; onDone: () => void }) {
  const { t } = useI18n();
  const [noted, setNoted] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md">
      <SavedTo path={saved} />
      <Text size="sm">{t('transfer.out.made', { count: learners })}</Text>
      {/* Focus lands here (not on a button) so a screen reader starts at the passphrase; it is not a control, so no ring. */}
      <Text fw={700} id="transfer-passphrase-label" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {t('transfer.out.passphraseLabel')}
      </Text>
      <Paper withBorder p="md" bg="gray.0">
        <Text
          component="p"
          aria-labelledby="transfer-passphrase-label"
          data-testid="transfer-passphrase"
          ff="monospace"
          fz={28}
          fw={700}
          ta="center"
          m={0}
          // One line, so the groups read in order; it scrolls rather than breaks in a narrow window.
          style={{ letterSpacing: '0.08em', whiteSpace: 'nowrap', overflowX: 'auto', userSelect: 'all' }}
        >
          {passphrase}
        </Text>
      </Paper>
      <Text size="sm">{t('transfer.out.passphraseAdvice')}</Text>
      <Group>
        <Button variant="default" onClick={() => void copyText(passphrase).then(setCopied)}>
          {t('transfer.out.copy')}
        </Button>
        <Text size="sm" role="status" c={copied === false ? 'red.9' : undefined}>
          {copied === null ? '' : copied ? t('transfer.out.copied') : t('transfer.out.notCopied')}
        </Text>
      </Group>
      <Checkbox label={t('transfer.out.noted')} checked={noted} onChange={(e) => setNoted(e.currentTarget.checked)} />
      <Group justify="flex-end">
        <Button disabled={!noted} onClick={onDone}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}
