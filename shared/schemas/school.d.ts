import { z } from 'zod';
export declare const SchoolProfile: z.ZodObject<{
    schoolName: z.ZodString;
    userName: z.ZodString;
    role: z.ZodString;
}, z.core.$strip>;
export type SchoolProfile = z.infer<typeof SchoolProfile>;
