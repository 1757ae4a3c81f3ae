/**
 * The contract between renderer and main, declared once. Handler types (electron/core), the preload bridge and
 * the renderer client are all derived from it, so a channel without a handler does not compile.
 *
 * Channel names are `domain.verb`; every channel takes one object argument.
 * `whileLocked` channels are the only ones answered while the vault is locked.
 */
import { z } from 'zod';
import type { Envelope } from './errors';
import {
  ChangePassphraseInput,
  Done,
  Empty,
  LockInput,
  RecoverInput,
  RecoveryKeyOutput,
  SampleOpened,
  SampleProgress,
  SetupInput,
  UnlockInput,
  VaultState,
  VaultStatus,
  LockReason,
} from './schemas/vault';
import { SettingsUpdate, SettingsView } from './schemas/settings';
import { SchoolProfile } from './schemas/school';
import { CodeItem, CodeListKey, ListCodesInput, SaveCodeInput } from './schemas/codes';
import { ContactList, ContactsForLearner, CreateContactInput, Contact, UpdateContactInput } from './schemas/contact';
import {
  CreateLearnerInput,
  DeleteLearnerInput,
  DueInput,
  DueItem,
  LearnerDetail,
  LearnerDocuments,
  LearnerList,
  ListLearnersInput,
  UpdateLearnerInput,
  VersionedId,
} from './schemas/learner';
import { ImportCommitInput, ImportPreview, ImportPreviewInput, ImportProgress, ImportSummary } from './schemas/import';
import { Photo, PhotoOf, SetPhotoInput } from './schemas/photo';
import { CreateStaffInput, StaffMember } from './schemas/staff';
import { JobInput, PrintedFile, PrintProfileInput, PrintProgress, SavedFile, SentToPrinter, TransitionInput, TransitionResult } from './schemas/print';
import { ListProfilesInput, NewVersionInput, Profile, ProfileOwner, ProfilePhotoOf, ProfileSummary, SaveItemsInput, SetProfilePhotoInput, UpdateProfileInput } from './schemas/profile';
import { ById } from './schemas/common';
import {
  AddInterventionInput,
  AddMeasureInput,
  ForLearner,
  ImpactReport,
  InterventionRef,
  MeasureRef,
  OppPlusPlan,
  OppPlusSummary,
  Programme,
  ProgrammeFields,
  SetNextStepInput,
  UpdateInterventionInput,
  UpdateMeasureInput,
  UpdatePlanInput,
  UpdateProgrammeInput,
} from './schemas/interventions';
import { SchoolCalendar } from './schemas/calendar';
import { DecideInput, ForReview, Review, ReviewRef, ReviewSheetsInput, ReviewsFor, ReviewSummary, SaveRecordInput, ScheduleReviewInput, SetActionStatusInput, UndatedAction, UpdateReviewInput } from './schemas/review';
import { CasePackInput, CeaseInput, Disclosure, ExportIdpInput, ForIdpLearner, Idp, IdpOverviewRow, IdpPhotoOf, IdpRef, IssueInput, RefreshInput, SaveSectionInput, SetLanguageInput } from './schemas/idp';

import { BackupChoice, BackupStatus, BackupSummary, ConfigureBackupInput, InspectBackupInput, RestoreBackupInput, RestoreResult } from './schemas/backup';
import { AuditPage, AuditQuery, AuditVerification } from './schemas/audit';
import {
  SubjectAccessInput,
  SubjectAccessResult,
  TransferChoice,
  TransferExportInput,
  TransferExportResult,
  TransferImportInput,
  TransferImportResult,
  TransferPreview,
  TransferPreviewInput,
} from './schemas/transfer';
import { DestroyInput, DestroyResult, LegalHoldInput, RetentionDue, RetentionPolicy } from './schemas/retention';

interface ChannelDef {
  input: z.ZodType;
  output: z.ZodType;
  whileLocked?: true;
}

export const contract = {
  'vault.status': { input: Empty, output: VaultStatus, whileLocked: true },
  'vault.setup': { input: SetupInput, output: RecoveryKeyOutput, whileLocked: true },
  'vault.unlock': { input: UnlockInput, output: Done, whileLocked: true },
  'vault.lock': { input: LockInput, output: Done, whileLocked: true },
  'vault.changePassphrase': { input: ChangePassphraseInput, output: Done },
  'vault.recover': { input: RecoverInput, output: RecoveryKeyOutput, whileLocked: true },
  /** Locks the school's own vault and opens the sample caseload (building it the first time); see electron/core/sample-switch.ts. */
  'vault.openSample': { input: Empty, output: SampleOpened, whileLocked: true },
  /** Locks the sample caseload and goes back to the school's own vault (locked, or not yet set up). */
  'vault.leaveSample': { input: Empty, output: Done, whileLocked: true },
  /**
   * Restoring a backup: pick the file (the path stays in main), check it with its passphrase or recovery key, then
   * restore. Answered while locked only before setup (a new computer); otherwise they need the vault unlocked.
   */
  'vault.chooseBackup': { input: Empty, output: BackupChoice, whileLocked: true },
  'vault.inspectBackup': { input: InspectBackupInput, output: BackupSummary, whileLocked: true },
  'vault.restoreBackup': { input: RestoreBackupInput, output: RestoreResult, whileLocked: true },
  'settings.get': { input: Empty, output: SettingsView, whileLocked: true },
  'settings.update': { input: SettingsUpdate, output: SettingsView, whileLocked: true },
  'school.get': { input: Empty, output: SchoolProfile },
  'learners.list': { input: ListLearnersInput, output: LearnerList },
  'learners.get': { input: ById, output: LearnerDetail },
  /** Which plans exist (for the learner page's buttons): not logged as a view, since no plan is opened. */
  'learners.documents': { input: ForLearner, output: LearnerDocuments },
  'learners.create': { input: CreateLearnerInput, output: LearnerDetail },
  'learners.update': { input: UpdateLearnerInput, output: LearnerDetail },
  'learners.archive': { input: VersionedId, output: LearnerDetail },
  'learners.restore': { input: VersionedId, output: LearnerDetail },
  'learners.delete': { input: DeleteLearnerInput, output: Done },
  'learners.due': { input: DueInput, output: z.array(DueItem) },
  'learners.getView': { input: Empty, output: ListLearnersInput },
  'learners.saveView': { input: ListLearnersInput, output: ListLearnersInput },
  'photos.set': { input: SetPhotoInput, output: Done },
  'photos.get': { input: PhotoOf, output: Photo },
  'photos.remove': { input: PhotoOf, output: Done },
  'contacts.list': { input: ContactsForLearner, output: ContactList },
  'contacts.create': { input: CreateContactInput, output: Contact },
  'contacts.update': { input: UpdateContactInput, output: Contact },
  'contacts.delete': { input: ById, output: Done },
  'staff.list': { input: Empty, output: z.array(StaffMember) },
  'staff.create': { input: CreateStaffInput, output: StaffMember },
  'codes.list': { input: ListCodesInput, output: z.object({ active: CodeListKey, codes: z.array(CodeItem) }) },
  'codes.save': { input: SaveCodeInput, output: Done },
  'codes.useList': { input: z.strictObject({ listKey: CodeListKey }), output: Done },
  'profiles.list': { input: ListProfilesInput, output: z.array(ProfileSummary) },
  'profiles.current': { input: ProfileOwner, output: Profile },
  'profiles.get': { input: ById, output: Profile },
  'profiles.versions': { input: ProfileOwner, output: z.array(Profile) },
  'profiles.saveItems': { input: SaveItemsInput, output: Profile },
  'profiles.update': { input: UpdateProfileInput, output: Profile },
  'profiles.newVersion': { input: NewVersionInput, output: Profile },
  'profiles.photo': { input: ProfilePhotoOf, output: Photo },
  'profiles.setPhoto': { input: SetProfilePhotoInput, output: Profile },
  'profiles.exportDocx': { input: PrintProfileInput, output: SavedFile },
  'print.profile': { input: PrintProfileInput, output: PrintedFile },
  'print.profileToPrinter': { input: PrintProfileInput, output: SentToPrinter },
  'print.transition': { input: TransitionInput, output: TransitionResult },
  'print.cancel': { input: JobInput, output: Done },
  'print.oppPlus': { input: ForLearner, output: PrintedFile },
  'print.oppPlusToPrinter': { input: ForLearner, output: SentToPrinter },
  'catalogue.list': { input: Empty, output: z.array(Programme) },
  'catalogue.create': { input: ProgrammeFields, output: Programme },
  'catalogue.update': { input: UpdateProgrammeInput, output: Programme },
  'oppPlus.list': { input: Empty, output: z.array(OppPlusSummary) },
  'oppPlus.get': { input: ForLearner, output: OppPlusPlan.nullable() },
  'oppPlus.start': { input: ForLearner, output: OppPlusPlan },
  'oppPlus.update': { input: UpdatePlanInput, output: OppPlusPlan },
  'oppPlus.addIntervention': { input: AddInterventionInput, output: OppPlusPlan },
  'oppPlus.updateIntervention': { input: UpdateInterventionInput, output: OppPlusPlan },
  'oppPlus.removeIntervention': { input: InterventionRef, output: OppPlusPlan },
  /** "Consider ALN" starts the learner's duty to decide; `dutyStarted` says whether it did just now. */
  'oppPlus.setNextStep': { input: SetNextStepInput, output: z.object({ plan: OppPlusPlan, dutyStarted: z.boolean() }) },
  'oppPlus.addMeasure': { input: AddMeasureInput, output: OppPlusPlan },
  'oppPlus.updateMeasure': { input: UpdateMeasureInput, output: OppPlusPlan },
  'oppPlus.removeMeasure': { input: MeasureRef, output: OppPlusPlan },
  'oppPlus.impact': { input: Empty, output: ImpactReport },
  'oppPlus.exportDocx': { input: ForLearner, output: SavedFile },
  'calendar.get': { input: Empty, output: SchoolCalendar },
  'calendar.save': { input: SchoolCalendar, output: SchoolCalendar },
  'idp.overview': { input: Empty, output: z.array(IdpOverviewRow) },
  'idp.list': { input: ForIdpLearner, output: z.array(Idp) },
  'idp.get': { input: ById, output: Idp },
  'idp.startDraft': { input: ForIdpLearner, output: Idp },
  'idp.saveSection': { input: SaveSectionInput, output: Idp },
  'idp.refresh': { input: RefreshInput, output: Idp },
  'idp.setLanguage': { input: SetLanguageInput, output: Idp },
  /** Blocking gaps need `overrideReason`; without it the answer is INVALID and nothing changes. */
  'idp.issue': { input: IssueInput, output: Idp },
  'idp.discardDraft': { input: IdpRef, output: Done },
  'idp.cease': { input: CeaseInput, output: Idp },
  'idp.photo': { input: IdpPhotoOf, output: Photo },
  'idp.exportDocx': { input: ExportIdpInput, output: SavedFile },
  'print.idp': { input: ExportIdpInput, output: PrintedFile },
  /** One Word document for the LA; the disclosure is recorded on the learner. */
  'idp.casePack': { input: CasePackInput, output: SavedFile },
  'disclosures.list': { input: ForIdpLearner, output: z.array(Disclosure) },
  'reviews.all': { input: Empty, output: z.array(ReviewSummary) },
  'reviews.list': { input: ReviewsFor, output: z.array(Review) },
  'reviews.get': { input: ById, output: Review },
  'reviews.schedule': { input: ScheduleReviewInput, output: Review },
  'reviews.update': { input: UpdateReviewInput, output: Review },
  'reviews.saveRecord': { input: SaveRecordInput, output: Review },
  'reviews.cancel': { input: ReviewRef, output: Review },
  /** Acts on the plan: revise opens the next draft with the review carried in; no revision restarts the clock. */
  'reviews.decide': { input: DecideInput, output: Review },
  /** One action done (or open again), also after the decision: actions stay on the due panel until done. */
  'reviews.setActionStatus': { input: SetActionStatusInput, output: Review },
  /** Open actions with no date to do them by: the due panel lists them after the dated ones. */
  'reviews.undatedActions': { input: Empty, output: z.array(UndatedAction) },
  /** Invitation and contribution sheets for the learner, parents or staff, in the meeting's language or the one chosen. */
  'print.reviewSheets': { input: ReviewSheetsInput, output: PrintedFile },
  'print.reviewSheetsToPrinter': { input: ReviewSheetsInput, output: SentToPrinter },
  'reviews.exportSheetsDocx': { input: ReviewSheetsInput, output: SavedFile },
  /** The record of the meeting: who came, the person-centred headings, the action plan, outcomes and decision. */
  'print.review': { input: ForReview, output: PrintedFile },
  'print.reviewToPrinter': { input: ForReview, output: SentToPrinter },
  'reviews.exportDocx': { input: ForReview, output: SavedFile },
  'backup.status': { input: Empty, output: BackupStatus },
  /** The folder dialog; cancelling leaves the folder as it was. */
  'backup.chooseFolder': { input: Empty, output: BackupStatus },
  'backup.configure': { input: ConfigureBackupInput, output: BackupStatus },
  'backup.now': { input: Empty, output: BackupStatus },
  'audit.list': { input: AuditQuery, output: AuditPage },
  'audit.verify': { input: Empty, output: AuditVerification },
  /** One encrypted file for the receiving school; its one-time passphrase is returned once and never stored. */
  'transfer.export': { input: TransferExportInput, output: TransferExportResult },
  'transfer.choose': { input: Empty, output: TransferChoice },
  'transfer.preview': { input: TransferPreviewInput, output: TransferPreview },
  'transfer.import': { input: TransferImportInput, output: TransferImportResult },
  /** Everything held about one learner, as a folder of readable documents and one JSON file. */
  'subjectAccess.export': { input: SubjectAccessInput, output: SubjectAccessResult },
  'retention.getPolicy': { input: Empty, output: RetentionPolicy },
  'retention.setPolicy': { input: RetentionPolicy, output: RetentionPolicy },
  'retention.due': { input: Empty, output: z.array(RetentionDue) },
  'retention.setHold': { input: LegalHoldInput, output: Done },
  'retention.destroy': { input: DestroyInput, output: DestroyResult },
  'import.preview': { input: ImportPreviewInput, output: ImportPreview },
  'import.commit': { input: ImportCommitInput, output: ImportSummary },
} as const satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as ChannelName[];

export function isChannel(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed from main to the renderer. */
export const events = {
  'vault.changed': z.object({ state: VaultState, reason: LockReason.optional() }),
  /** Rows applied so far by an import.commit in progress. */
  'import.progress': ImportProgress,
  /** Profiles rendered so far by a print.transition in progress. */
  'print.progress': PrintProgress,
  /** Learners written so far while the sample caseload is built. */
  'vault.sampleProgress': SampleProgress,
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** The IPC channel name that carries pushed events (one channel, the event name inside). */
export const EVENT_CHANNEL = 'caseload:event';

type Domain<K> = K extends `${infer D}.${string}` ? D : never;
type Verb<K, D extends string> = K extends `${D}.${infer V}` ? V : never;

type Method<C> = C extends ChannelName ? (input: Input<C>) => Promise<Envelope<Output<C>>> : never;

/** The shape of `window.caseload`, derived from the contract. */
export type Bridge = {
  [D in Domain<ChannelName>]: { [V in Verb<ChannelName, D>]: Method<`${D}.${V}`> };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
export type Subscribe = (listener: (event: string, payload: unknown) => void) => () => void;

/**
 * Builds the frozen bridge object from the channel list. It must stay self-contained (no imports, no closures
 * over module scope): the e2e harness injects its source text into the page, so the harness and the preload
 * run the very same function.
 */
export function buildBridge(channels: readonly string[], invoke: Invoke, subscribe: Subscribe): unknown {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of channels) {
    const [domain, verb] = channel.split('.') as [string, string];
    const group = (api[domain] ??= {});
    group[verb] = (input: unknown) => invoke(channel, input === undefined ? {} : input);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  const on = (event: string, listener: (payload: unknown) => void) =>
    subscribe((name, payload) => {
      if (name === event) listener(payload);
    });
  return Object.freeze({ ...api, on });
}
