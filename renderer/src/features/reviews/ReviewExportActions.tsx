/**
 * A review's papers: before the meeting, the invitation and contribution sheet for the learner, a parent or carer,
 * or staff (PDF, on paper or Word), in the language chosen here: by default the meeting's, or for a parent's sheet
 * the preferred language of the invited parent or carer where one is recorded. Then the record of the meeting. A
 * cancelled meeting has no one to invite, so only its record is offered. `before` runs first (the review page
 * finishes saving), so the papers show what is on screen.
 */
import { Group, Radio, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { Contact } from '../../../../shared/schemas/contact';
import { MeetingLanguage, SheetAudience, type Review } from '../../../../shared/schemas/review';
import { useContacts } from '../../api/contacts';
import { reviewRecordExports, reviewSheetsExports } from '../../api/review-exports';
import { ExportActions } from '../../components/ExportActions';
import { useI18n } from '../../i18n';

/** The invited contact with parental responsibility (else any invited contact) whose preferred language is recorded. */
function parentPreference(review: Review, contacts: Contact[] | undefined): Contact | null {
  const invited = new Set(review.invitees.filter((i) => i.kind === 'contact' && i.refId).map((i) => i.refId));
  const known = (contacts ?? []).filter((c) => invited.has(c.id) && c.preferredLanguage);
  return known.find((c) => c.parentalResponsibility) ?? known[0] ?? null;
}

function SheetsExports({ review, before }: { review: Review; before?: () => Promise<unknown> }) {
  const { t } = useI18n();
  const contacts = useContacts(review.learnerId);
  const [audience, setAudience] = useState<SheetAudience>('parent');
  const [chosen, setChosen] = useState<MeetingLanguage | null>(null);
  const parent = audience === 'parent' ? parentPreference(review, contacts.data) : null;
  const language = chosen ?? parent?.preferredLanguage ?? review.language;
  const meeting = t('reviewExport.languageNote', { language: t(`reviewExport.languages.${review.language}`) });
  const why = !chosen && parent ? ` ${t('reviewExport.prefers', { name: parent.name, language: t(`reviewExport.languages.${parent.preferredLanguage}`) })}` : '';
  const pick = (a: SheetAudience) => (setAudience(a), setChosen(null));
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('reviewExport.sheetsHeading')}
      </Title>
      <Radio.Group label={t('reviewExport.audience')} value={audience} onChange={(v) => pick(SheetAudience.parse(v))}>
        <Group gap="md" mt={4}>
          {SheetAudience.options.map((a) => (
            <Radio key={a} value={a} label={t(`reviewExport.audiences.${a}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Radio.Group label={t('reviewExport.sheetLanguage')} description={meeting + why} value={language} onChange={(v) => setChosen(MeetingLanguage.parse(v))}>
        <Group gap="md" mt={4}>
          {MeetingLanguage.options.map((l) => (
            <Radio key={l} value={l} label={t(`reviewExport.languages.${l}`)} />
          ))}
        </Group>
      </Radio.Group>
      <ExportActions calls={reviewSheetsExports(review.id, audience, language)} before={before} labels={{ print: t('reviewExport.sheetsPdf'), docx: t('reviewExport.sheetsDocx') }} />
    </Stack>
  );
}

export function ReviewExportActions({ review, before }: { review: Review; before?: () => Promise<unknown> }) {
  const { t } = useI18n();
  return (
    <Stack gap="lg">
      {review.status !== 'cancelled' && <SheetsExports review={review} before={before} />}
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('reviewExport.recordHeading')}
        </Title>
        <ExportActions calls={reviewRecordExports(review.id)} before={before} labels={{ print: t('reviewExport.recordPdf'), docx: t('reviewExport.recordDocx') }} />
      </Stack>
    </Stack>
  );
}
