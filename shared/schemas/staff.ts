import { z } from 'zod';
import { requiredText } from './common';

export const StaffMember = z.object({ id: z.string(), name: z.string(), role: z.string(), isOwner: z.boolean() });
export type StaffMember = z.infer<typeof StaffMember>;
export const CreateStaffInput = z.strictObject({ name: requiredText(150), role: requiredText(100) });
