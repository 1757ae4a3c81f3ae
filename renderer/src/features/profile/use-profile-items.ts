import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../../shared/ipc';
import type { ProfileItem, ProfileSection } from '../../../../shared/schemas/profile';

/** An item as it is being written: kept in the editor until it has words, then saved with the whole list. */
export type Draft = Omit<ProfileItem, 'id'> & { key: string };
type Items = Input<'profiles.saveItems'>['items'];

/** Typing is saved after this pause, or straight away when the person leaves the field. */
const TYPING_PAUSE_MS = 800;

export const toDrafts = (items: ProfileItem[]): Draft[] => items.map(({ id, ...rest }) => ({ key: id, ...rest }));

/** What is saved: items with words, in order; "important for" only in the support section. */
export const toItems = (drafts: Draft[]): Items =>
  drafts
    .filter((d) => d.text.trim() !== '')
    .map((d) => ({ section: d.section, text: d.text.trim(), contributor: d.contributor, firstPerson: d.firstPerson, importantFor: d.section === 'support' && d.importantFor }));

/** The draft list with the item `key` moved one place up or down among the items of its own section. */
function moved(list: Draft[], key: string, step: -1 | 1): Draft[] {
  const i = list.findIndex((d) => d.key === key);
  if (i < 0) return list;
  let j = i + step;
  while (j >= 0 && j < list.length && list[j]!.section !== list[i]!.section) j += step;
  if (j < 0 || j >= list.length) return list;
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** The editor's item list: local drafts, saved as a whole (debounced while typing) through `save`. */
export function useProfileItems(initial: ProfileItem[], save: (items: Items) => unknown) {
  const [drafts, setDrafts] = useState(() => toDrafts(initial));
  const current = useRef(drafts);
  const lastSaved = useRef(JSON.stringify(toItems(drafts)));
  const timer = useRef<number | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const items = toItems(current.current);
    const signature = JSON.stringify(items);
    if (signature === lastSaved.current) return;
    lastSaved.current = signature;
    save(items);
  }, [save]);

  const commit = useCallback(
    (next: Draft[], typing = false) => {
      current.current = next;
      setDrafts(next);
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = typing ? window.setTimeout(flush, TYPING_PAUSE_MS) : null;
      if (!typing) flush();
    },
    [flush],
  );

  // Leaving the page saves what was typed in the last moment.
  useEffect(() => () => flush(), [flush]);

  const change = (key: string, patch: Partial<Draft>, typing = false) => commit(current.current.map((d) => (d.key === key ? { ...d, ...patch } : d)), typing);
  const add = (section: ProfileSection): string => {
    const key = crypto.randomUUID();
    commit([...current.current, { key, section, text: '', contributor: 'learner', firstPerson: false, importantFor: false }]);
    return key;
  };
  const remove = (key: string) => commit(current.current.filter((d) => d.key !== key));
  const move = (key: string, step: -1 | 1) => commit(moved(current.current, key, step));
  /** What is stored replaces the drafts (after a reload). */
  const reset = useCallback((items: ProfileItem[]) => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    current.current = toDrafts(items);
    lastSaved.current = JSON.stringify(toItems(current.current));
    setDrafts(current.current);
  }, []);
  return { drafts, change, add, remove, move, flush, reset };
}
