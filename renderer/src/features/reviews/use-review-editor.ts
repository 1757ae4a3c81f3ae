import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Review, ReviewRecord } from '../../../../shared/schemas/review';
import { isApiError } from '../../api/client';
import { reviewKeys, useSaveReviewRecord, useSetActionStatus, useUpdateReview } from '../../api/reviews';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
type Attendance = Review['invitees'][number]['attendance'];

/** Typing is saved after this pause, or straight away when the person leaves the field. */
const TYPING_PAUSE_MS = 800;

const fieldsOf = (r: Review) => ({ type: r.type, date: r.date, time: r.time, place: r.place, online: r.online, facilitator: r.facilitator, language: r.language, invitees: r.invitees });

/**
 * The meeting's record as it is on screen, saved as a whole (reviews.saveRecord), and attendance (reviews.update).
 * Saves run one after another, each with the version stored by the one before (the query's cache holds it, so a
 * change from the meeting dialog is taken in too); a change made elsewhere meanwhile comes back as CONFLICT, and
 * what is stored then replaces what is on screen.
 */
export function useReviewEditor(review: Review, reload: () => Promise<Review | undefined>) {
  const qc = useQueryClient();
  const { mutateAsync: saveAsync } = useSaveReviewRecord();
  const { mutateAsync: updateAsync } = useUpdateReview();
  const { mutateAsync: statusAsync } = useSetActionStatus();
  const [record, setRecord] = useState(review.record);
  const current = useRef(review.record);
  const sent = useRef(JSON.stringify(review.record));
  const timer = useRef<number | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(0);
  const failing = useRef(false);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const id = review.id;
  const stored = useCallback(() => qc.getQueryData<Review>(reviewKeys.one(id)), [qc, id]);

  const enqueue = useCallback(
    (call: (stored: Review) => Promise<Review>): Promise<Review | null> => {
      const ticket = ++latest.current;
      setState('saving');
      const run = async () => {
        const saved = await call(stored()!);
        failing.current = false;
        if (ticket === latest.current) (setError(null), setState('saved'));
        return saved;
      };
      const failed = async (e: unknown) => {
        failing.current = true;
        setError(e);
        setState('error');
        if (isApiError(e) && e.code === 'CONFLICT') {
          const fresh = await reload();
          if (fresh) (current.current = fresh.record, (sent.current = JSON.stringify(fresh.record)), setRecord(fresh.record));
        }
        return null;
      };
      const result = queue.current.then(run).catch(failed);
      queue.current = result;
      return result;
    },
    [reload, stored],
  );

  const flush = useCallback(
    (held = false) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      const signature = JSON.stringify(current.current);
      if (signature === sent.current && !held) return;
      sent.current = signature;
      const value = current.current;
      void enqueue((r) => saveAsync({ reviewId: id, version: r.version, record: value, held }));
    },
    [enqueue, saveAsync, id],
  );

  /** Changes the record on screen; `typing` waits for a pause before saving, anything else saves at once. */
  const change = useCallback(
    (patch: Partial<ReviewRecord>, typing = false) => {
      current.current = { ...current.current, ...patch };
      setRecord(current.current);
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = typing ? window.setTimeout(() => flush(), TYPING_PAUSE_MS) : null;
      if (!typing) flush();
    },
    [flush],
  );

  const setAttendance = useCallback(
    (inviteeId: string, attendance: Attendance) =>
      void enqueue((r) => updateAsync({ reviewId: id, version: r.version, fields: { ...fieldsOf(r), invitees: r.invitees.map((i) => (i.id === inviteeId ? { ...i, attendance } : i)) } })),
    [enqueue, updateAsync, id],
  );

  /**
   * One action done or open again, on its own (reviews.setActionStatus): the way to tick an action once the review
   * is decided and the rest of its record is kept as it was. Shown at once; queued with any other saves.
   */
  const setActionDone = useCallback(
    (actionId: string, done: boolean) => {
      current.current = { ...current.current, actions: current.current.actions.map((a) => (a.id === actionId ? { ...a, status: done ? 'done' : 'open' } : a)) };
      sent.current = JSON.stringify(current.current);
      setRecord(current.current);
      void enqueue((r) => statusAsync({ reviewId: id, version: r.version, actionId, done }));
    },
    [enqueue, statusAsync, id],
  );

  // Leaving the page saves what was typed in the last moment.
  useEffect(() => () => flush(), [flush]);

  /** Saves what is on screen and resolves with the review as stored once every save has finished (null if one failed). */
  const finishSaving = useCallback(async (): Promise<Review | null> => {
    flush();
    await queue.current;
    return failing.current ? null : (stored() ?? null);
  }, [flush, stored]);

  return { record, change, flush, markHeld: () => flush(true), setAttendance, setActionDone, finishSaving, state, error };
}

export type ReviewEditor = ReturnType<typeof useReviewEditor>;
