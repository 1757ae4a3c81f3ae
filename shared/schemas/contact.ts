import { z } from 'zod';
import { Language } from './settings';
import { Id, optionalText, requiredText, Version } from './common';

export const Relationship = z.enum([
  'MOTHER', 'FATHER', 'PARENT', 'CARER', 'FOSTER_CARER', 'GRANDPARENT', 'SOCIAL_WORKER', 'ADVOCATE', 'IRO',
  'EP', 'SALT', 'OT', 'CAMHS', 'HEALTH_VISITOR', 'SCHOOL_NURSE', 'OTHER_PROFESSIONAL', 'OTHER',
]);
export type Relationship = z.infer<typeof Relationship>;

export const ContactFields = z.strictObject({
  name: requiredText(150),
  relationship: Relationship,
  organisation: optionalText(150),
  phone: optionalText(40),
  email: z.union([z.literal(''), z.string().trim().email().max(200)]).nullable().transform((s) => (s ? s : null)),
  address: optionalText(500),
  parentalResponsibility: z.boolean(),
  preferredLanguage: Language.nullable(),
  receivesCopies: z.boolean(),
});
export type ContactFields = z.infer<typeof ContactFields>;

export const CreateContactInput = ContactFields.partial().required({ name: true, relationship: true }).extend({ learnerId: Id });
export const UpdateContactInput = z.strictObject({ id: Id, version: Version, patch: ContactFields.partial() });

export const Contact = z.object({
  id: z.string(),
  learnerId: z.string(),
  version: z.number(),
  name: z.string(),
  relationship: Relationship,
  organisation: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  parentalResponsibility: z.boolean(),
  preferredLanguage: Language.nullable(),
  receivesCopies: z.boolean(),
});
export type Contact = z.infer<typeof Contact>;
export const ContactList = z.array(Contact);
export const ContactsForLearner = z.strictObject({ learnerId: Id });
