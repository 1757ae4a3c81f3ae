import { z } from 'zod';
import { IsoDate } from './common';

/** The school's term dates and closures (INSET days, one-off bank holidays; the usual ones are computed in shared/rules/bank-holidays.ts), for counting school and term-time days. */
export const SchoolCalendar = z
  .strictObject({
    terms: z
      .array(z.strictObject({ start: IsoDate, end: IsoDate }).refine((t) => t.start <= t.end, 'a term ends on or after the day it starts'))
      .max(60),
    closures: z.array(IsoDate).max(400),
  })
  .refine(
    (c) => {
      const sorted = [...c.terms].sort((a, b) => (a.start < b.start ? -1 : 1));
      return sorted.every((t, i) => i === 0 || sorted[i - 1]!.end < t.start);
    },
    { message: 'terms must not overlap', path: ['terms'] },
  );
export type SchoolCalendarInput = z.infer<typeof SchoolCalendar>;
