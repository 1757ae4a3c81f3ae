import type { IdpContent } from '../../../../../shared/schemas/idp';

/** A section's value and how to change it (`typing` waits for a pause before saving). */
export interface SectionProps<K extends keyof IdpContent> {
  value: IdpContent[K];
  set: (value: IdpContent[K], typing?: boolean) => void;
}

/** For sections that are one object: change some of its fields. */
export const patcher =
  <V extends object>(value: V, set: (value: V, typing?: boolean) => void) =>
  (patch: Partial<V>, typing?: boolean) =>
    set({ ...value, ...patch }, typing);

/** A fresh row id (ids stay with a row from version to version, so versions can be compared row by row). */
export const newRowId = () => crypto.randomUUID();
