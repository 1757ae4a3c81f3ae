import { Button } from '@mantine/core';
import { useState } from 'react';
import { useIdpForm } from '../fields';

/** "Refresh from the register" / "… from the current profile": drafts only. */
export function RefreshButton({ part, label }: { part: 'coreDetails' | 'aboutMe'; label: string }) {
  const { refresh } = useIdpForm();
  const [busy, setBusy] = useState(false);
  if (!refresh) return null;
  const run = async () => {
    setBusy(true);
    try {
      await refresh(part);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" size="xs" w="fit-content" loading={busy} onClick={() => void run()}>
      {label}
    </Button>
  );
}
