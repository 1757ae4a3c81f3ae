import { z } from 'zod';

export const SchoolProfile = z.object({
  schoolName: z.string(),
  userName: z.string(),
  role: z.string(),
});
export type SchoolProfile = z.infer<typeof SchoolProfile>;
