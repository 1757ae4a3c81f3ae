import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkIdp } from '../../../../shared/rules/idp-quality';
import type { Idp, IdpContent, PlanLanguage, SaveSectionInput } from '../../../../shared/schemas/idp';
import { isApiError } from '../../api/client';
import { storeIdp, useRefreshIdp, useSaveIdpSection, useSetIdpLanguage } from '../../api/idp';
import type { SaveState } from '../../components/SaveStatus';

export type SectionKey = keyof IdpContent;
/** Sets one whole section; `typing` waits for a pause before saving, anything else saves at once. */
export type SetSection = <K extends SectionKey>(section: K, value: IdpContent[K], typing?: boolean) => void;

/** Typing is saved after this pause, or straight away when the person leaves the field. */
const TYPING_PAUSE_MS = 800;

const signatures = (c: IdpContent) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, JSON.stringify(v)])) as Record<SectionKey, string>;

/**
 * The draft as it is on screen, saved a whole section at a time (idp.saveSection). Saves run one after another,
 * each with the version the previous one returned, so quick edits never conflict with each other; a change made
 * elsewhere meanwhile comes back as CONFLICT, and what is stored then replaces what is on screen.
 */
export function useIdpEditor(idp: Idp, reload: () => Promise<Idp | undefined>) {
  const qc = useQueryClient();
  const { mutateAsync: saveAsync } = useSaveIdpSection();
  const { mutateAsync: refreshAsync } = useRefreshIdp();
  const { mutateAsync: languageAsync } = useSetIdpLanguage();
  const [content, setContent] = useState(idp.content);
  const current = useRef(idp.content);
  const sent = useRef(signatures(idp.content));
  const pending = useRef(new Set<SectionKey>());
  const timer = useRef<number | null>(null);
  const version = useRef(idp.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(0);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const idpId = idp.id;

  const reset = useCallback((fresh: Idp) => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    pending.current.clear();
    current.current = fresh.content;
    sent.current = signatures(fresh.content);
    version.current = fresh.version;
    setContent(fresh.content);
  }, []);

  /** Runs a call that needs the draft's version after every call before it; null when it failed (shown as `error`). */
  const enqueue = useCallback(
    (call: (version: number) => Promise<Idp>): Promise<Idp | null> => {
      const ticket = ++latest.current;
      setState('saving');
      const run = async () => {
        const saved = await call(version.current);
        version.current = saved.version;
        storeIdp(qc, saved);
        if (ticket === latest.current) (setError(null), setState('saved'));
        return saved;
      };
      const failed = async (e: unknown) => {
        setError(e);
        setState('error');
        if (isApiError(e) && e.code === 'CONFLICT') {
          const fresh = await reload();
          if (fresh) reset(fresh);
        }
        return null;
      };
      const result = queue.current.then(run).catch(failed);
      queue.current = result;
      return result;
    },
    [qc, reload, reset],
  );

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    for (const section of pending.current) {
      const value = current.current[section];
      const signature = JSON.stringify(value);
      if (signature === sent.current[section]) continue;
      sent.current[section] = signature;
      void enqueue((v) => saveAsync({ idpId, version: v, section, value } as SaveSectionInput));
    }
    pending.current.clear();
  }, [enqueue, saveAsync, idpId]);

  const set = useCallback<SetSection>(
    (section, value, typing = false) => {
      current.current = { ...current.current, [section]: value };
      setContent(current.current);
      pending.current.add(section);
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = typing ? window.setTimeout(flush, TYPING_PAUSE_MS) : null;
      if (!typing) flush();
    },
    [flush],
  );

  // Leaving the page saves what was typed in the last moment.
  useEffect(() => () => flush(), [flush]);

  /** Saves what is on screen and resolves with the draft's version once every save has finished. */
  const finishSaving = useCallback(async () => {
    flush();
    await queue.current;
    return version.current;
  }, [flush]);

  /** Pulls the register's details or the current profile in again; that section on screen becomes what was pulled. */
  const refresh = useCallback(
    async (part: 'coreDetails' | 'aboutMe') => {
      flush();
      const saved = await enqueue((v) => refreshAsync({ idpId, version: v, part }));
      if (!saved) return;
      current.current = { ...current.current, [part]: saved.content[part] };
      sent.current[part] = JSON.stringify(saved.content[part]);
      setContent(current.current);
    },
    [enqueue, flush, refreshAsync, idpId],
  );

  const setLanguage = useCallback((planLanguage: PlanLanguage) => void enqueue((v) => languageAsync({ idpId, version: v, planLanguage })), [enqueue, languageAsync, idpId]);

  const problems = useMemo(() => checkIdp(content), [content]);
  return { content, problems, set, flush, finishSaving, refresh, setLanguage, state, error };
}

export type IdpEditorState = ReturnType<typeof useIdpEditor>;
