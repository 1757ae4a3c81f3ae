import { Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { CasePackReason, HeadingLanguage, type Idp } from '../../../../shared/schemas/idp';
import { useCasePack } from '../../api/idp-extras';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SavedTo } from '../../components/ExportActions';
import { FormActions } from '../../components/FormActions';
import { LabelledSegments } from '../../components/LabelledSegments';
import { useI18n } from '../../i18n';

type Reason = z.infer<typeof CasePackReason>;

/** English, Welsh or both: the headings of an exported plan (also offered beside Print and Word, IdpExportActions). */
export function HeadingsChoice({ value, onChange }: { value: HeadingLanguage; onChange: (h: HeadingLanguage) => void }) {
  const { t } = useI18n();
  return (
    <LabelledSegments
      label={t('idpExport.headings')}
      value={value}
      onChange={(v) => onChange(HeadingLanguage.parse(v))}
      data={HeadingLanguage.options.map((h) => ({ value: h, label: t(`idpExport.headingOptions.${h}`) }))}
    />
  );
}

interface Props {
  idp: Idp;
  /** The headings chosen beside the plan's other exports, to begin with. */
  headings: HeadingLanguage;
  onClose: () => void;
}

/** After the export: where the file went and that the disclosure is on the learner's record, or that nothing was saved. */
function Done({ saved, name, onClose }: { saved: string | null; name: string; onClose: () => void }) {
  const { t } = useI18n();
  const close = useRef<HTMLButtonElement>(null);
  // The form has gone: the focus moves to the way out, right under what happened.
  useEffect(() => close.current?.focus(), []);
  return (
    <Stack gap="sm">
      <SavedTo path={saved} />
      <Text size="sm" role={saved ? undefined : 'status'}>
        {saved ? t('casePack.recorded', { name }) : t('casePack.notSaved')}
      </Text>
      <Group justify="flex-end">
        <Button ref={close} onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * A case pack for the local authority (domain.md §2.2): the reason it goes, to whom and why, and the school's
 * statement for the cover sheet; one Word file, and the disclosure recorded on the learner.
 */
export function CasePackModal({ idp, headings: initialHeadings, onClose }: Props) {
  const { t } = useI18n();
  const pack = useCasePack();
  const cp = (key: string, vars?: Record<string, string | number>) => t(`casePack.${key}`, vars);
  const la = idp.content.coreDetails.localAuthority;
  const [reason, setReason] = useState<Reason>('referral');
  const [recipient, setRecipient] = useState(la ? cp('recipientFor', { la }) : '');
  const [purpose, setPurpose] = useState<string | null>(null);
  const [statement, setStatement] = useState('');
  const [headings, setHeadings] = useState<HeadingLanguage>(initialHeadings);
  const [tried, setTried] = useState(false);
  const name = idp.learnerName;
  // Until the coordinator writes their own, the purpose follows the reason.
  const purposeText = purpose ?? cp(`purposes.${reason}`, { name });
  const missing = { recipient: !recipient.trim(), purpose: !purposeText.trim(), statement: !statement.trim() };
  const required = (problem: boolean) => (tried && problem ? t('learner.invalid.required') : undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (missing.recipient || missing.purpose || missing.statement) return;
    pack.mutate({ learnerId: idp.learnerId, reason, recipient: recipient.trim(), purpose: purposeText.trim(), statement: statement.trim(), headings });
  };

  return (
    <Modal opened onClose={onClose} title={cp('title', { name })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {pack.isSuccess ? (
        <Done saved={pack.data.saved} name={name} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{cp('intro')}</Text>
            <Radio.Group label={cp('reason')} value={reason} onChange={(v) => setReason(CasePackReason.parse(v))} required>
              <Stack gap="xs" mt={6}>
                {CasePackReason.options.map((r) => (
                  <Radio key={r} value={r} label={cp(`reasons.${r}`)} description={cp(`reasonHints.${r}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <TextInput label={cp('recipient')} description={cp('recipientHint')} value={recipient} onChange={(e) => setRecipient(e.currentTarget.value)} maxLength={200} required error={required(missing.recipient)} />
            <Textarea label={cp('purpose')} description={cp('purposeHint')} value={purposeText} onChange={(e) => setPurpose(e.currentTarget.value)} autosize minRows={2} maxLength={1000} required error={required(missing.purpose)} />
            <Textarea label={cp('statement')} description={cp(`statementHints.${reason}`)} value={statement} onChange={(e) => setStatement(e.currentTarget.value)} autosize minRows={5} maxRows={14} maxLength={8000} required error={required(missing.statement)} />
            <HeadingsChoice value={headings} onChange={setHeadings} />
            <Text size="sm" c="dimmed">{cp('notEncrypted')}</Text>
            <ErrorAlert error={pack.error} />
            <FormActions submitLabel={cp('export')} pending={pack.isPending} onCancel={onClose} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
