/**
 * The privacy screen (issue 8; security.md, "shoulder-surfing by a pupil"): one key, F9, blanks the whole window
 * when a learner walks up to the desk, and F9 again brings it back. It does not lock: nothing is unmounted, so a
 * half-typed field keeps its text, and the idle auto-lock keeps running underneath. While it shows, everything
 * else in the page (the app and any open dialog or menu, which Mantine draws outside the app's root) is hidden
 * from sight and from assistive technology, cannot take focus, and the window title names only the app.
 */
import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n';

export const PRIVACY_KEY = 'F9';

export interface PrivacyScreenState {
  hidden: boolean;
  toggle: () => void;
}

/** F9 toggles, wherever focus is (a text field included); holding it down does not flicker. */
export function usePrivacyScreen(): PrivacyScreenState {
  const [hidden, setHidden] = useState(false);
  const toggle = useCallback(() => setHidden((h) => !h), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== PRIVACY_KEY || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      if (!e.repeat) toggle();
    };
    // Capture: a field or dialog that stops the key's propagation must not keep the screen from hiding.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [toggle]);
  return { hidden, toggle };
}

interface Saved {
  el: HTMLElement;
  inert: boolean;
  ariaHidden: string | null;
  visibility: string;
}

/** Hides every other child of <body> (inert, aria-hidden, invisible); returns how to put each back as it was. */
function hideAllBut(keep: HTMLElement): () => void {
  const saved: Saved[] = [...document.body.children]
    .filter((el): el is HTMLElement => el instanceof HTMLElement && el !== keep && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName))
    .map((el) => ({ el, inert: el.inert, ariaHidden: el.getAttribute('aria-hidden'), visibility: el.style.visibility }));
  for (const { el } of saved) {
    el.inert = true;
    el.setAttribute('aria-hidden', 'true');
    el.style.visibility = 'hidden';
  }
  return () => {
    for (const { el, inert, ariaHidden, visibility } of saved) {
      el.inert = inert;
      if (ariaHidden === null) el.removeAttribute('aria-hidden');
      else el.setAttribute('aria-hidden', ariaHidden);
      el.style.visibility = visibility;
    }
  };
}

/** The neutral screen shown instead of the app. */
export function PrivacyScreen({ hidden, onShow }: { hidden: boolean; onShow: () => void }) {
  const { t } = useI18n();
  const overlay = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // Before paint, so the content is never seen for a frame; undone on showing again, and if the app locks meanwhile.
  useLayoutEffect(() => {
    if (!hidden || !overlay.current) return;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const restore = hideAllBut(overlay.current);
    const title = document.title;
    document.title = t('app.name');
    button.current?.focus();
    return () => {
      restore();
      document.title = title;
      returnFocus?.focus({ preventScroll: true });
    };
    // Once per hiding: a change of language while hidden need not re-run it (the title is the app's name in both).
  }, [hidden]);

  if (!hidden) return null;
  return createPortal(
    // Its one button keeps the focus: Tab has nowhere else to go while the rest of the page is inert.
    <div
      ref={overlay}
      data-testid="privacy-screen"
      onKeyDown={(e) => e.key === 'Tab' && e.preventDefault()}
      style={{ position: 'fixed', inset: 0, zIndex: 10_000, background: 'var(--mantine-color-gray-1)' }}
    >
      <Center component="main" h="100%" p="xl">
        <Stack align="center" gap="md" maw={480} ta="center">
          <Title order={1} size="h2">
            {t('privacy.title')}
          </Title>
          <Text size="lg">{t('privacy.body')}</Text>
          <Text c="dimmed">{t('privacy.stillUnlocked')}</Text>
          <Button ref={button} onClick={onShow} aria-keyshortcuts={PRIVACY_KEY}>
            {t('privacy.show')}
          </Button>
        </Stack>
      </Center>
    </div>,
    document.body,
  );
}
