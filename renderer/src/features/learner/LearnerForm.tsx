import { Fieldset, SimpleGrid, Stack } from '@mantine/core';
import { isIsoDate } from '../../../../shared/rules/dates';
import { upnProblem } from '../../../../shared/rules/upn';
import { DutyHolder, LearnerStatus, Medium, type LearnerDetail, type LearnerFields } from '../../../../shared/schemas/learner';
import { useCodes, useStaff } from '../../api/learners';
import { useI18n, type Translate } from '../../i18n';
import { AutoMultiSelect, AutoSelect, AutoSwitch, AutoTags, AutoText } from './AutoFields';
import { KeyWorkerAdd } from './KeyWorkerAdd';
import { needLabel, yearGroupOptions } from './labels';

const UPN_MESSAGE = { length: 'upnLength', characters: 'upnCharacters', checkLetter: 'upnCheckLetter' } as const;

export const validateUpn = (t: Translate) => (draft: string) => {
  const problem = upnProblem(draft);
  return problem ? t(`learner.invalid.${UPN_MESSAGE[problem]}`) : null;
};
export const validateDate = (t: Translate) => (draft: string) => (isIsoDate(draft) ? null : t('learner.invalid.date'));

/** Every register field of one learner, each saved on its own as it is edited. */
export function LearnerForm({ learner, save }: { learner: LearnerDetail; save: (patch: Partial<LearnerFields>) => void }) {
  const { t, language } = useI18n();
  const codes = useCodes();
  const staff = useStaff();
  const f = (key: keyof LearnerFields) => t(`learner.fields.${key}`);
  const needs = (codes.data?.codes ?? []).filter((c) => c.listKey === codes.data?.active && (c.active || [learner.primaryNeed, ...learner.secondaryNeeds].includes(c.code)));
  const needOptions = needs.map((c) => ({ value: c.code, label: needLabel(needs, c.code, language) }));
  const required = t('learner.invalid.required');

  return (
    <Stack gap="lg">
      <Fieldset legend={t('learner.details')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <AutoText revision={learner.version} label={f('legalFirstName')} value={learner.legalFirstName} onSave={(v) => v && save({ legalFirstName: v })} required requiredMessage={required} maxLength={100} />
          <AutoText revision={learner.version} label={f('legalLastName')} value={learner.legalLastName} onSave={(v) => v && save({ legalLastName: v })} required requiredMessage={required} maxLength={100} />
          <AutoText revision={learner.version} label={f('preferredName')} value={learner.preferredName} onSave={(v) => save({ preferredName: v })} maxLength={100} />
          <AutoText revision={learner.version} label={f('dateOfBirth')} type="date" value={learner.dateOfBirth} onSave={(v) => v && save({ dateOfBirth: v })} validate={validateDate(t)} required requiredMessage={required} />
          <AutoText revision={learner.version} label={f('upn')} description={t('learner.hints.upn')} value={learner.upn} onSave={(v) => save({ upn: v })} validate={validateUpn(t)} maxLength={20} />
          <AutoSelect label={f('yearGroup')} data={yearGroupOptions(t)} value={learner.yearGroup} onSave={(v) => save({ yearGroup: v as LearnerFields['yearGroup'] })} clearable />
          <AutoText revision={learner.version} label={f('registrationGroup')} value={learner.registrationGroup} onSave={(v) => save({ registrationGroup: v })} maxLength={40} />
          <AutoText revision={learner.version} label={f('setting')} value={learner.setting} onSave={(v) => save({ setting: v })} maxLength={120} />
          <AutoSelect label={f('medium')} data={Medium.options.map((m) => ({ value: m, label: t(`medium.${m}`) }))} value={learner.medium} onSave={(v) => v && save({ medium: v as LearnerFields['medium'] })} />
          <AutoTags label={f('homeLanguages')} description={t('learner.hints.tags')} value={learner.homeLanguages} onSave={(v) => save({ homeLanguages: v })} />
        </SimpleGrid>
        <Stack gap="xs" mt="md">
          <AutoSwitch label={f('eal')} value={learner.eal} onSave={(v) => save({ eal: v })} />
          <AutoSwitch label={f('lookedAfter')} value={learner.lookedAfter} onSave={(v) => save({ lookedAfter: v })} />
        </Stack>
      </Fieldset>
      <Fieldset legend={f('status')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <AutoSelect label={f('status')} data={LearnerStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) }))} value={learner.status} onSave={(v) => v && save({ status: v as LearnerFields['status'] })} />
          <AutoText revision={learner.version} label={f('dutyToDecideFrom')} description={t('learner.hints.dutyToDecide')} type="date" value={learner.dutyToDecideFrom} onSave={(v) => save({ dutyToDecideFrom: v })} validate={validateDate(t)} />
          <AutoSelect label={f('dutyHolder')} description={t(`learner.dutyHolders.counted.${learner.dutyHolder}`)} data={DutyHolder.options.map((h) => ({ value: h, label: t(`learner.dutyHolders.${h}`) }))} value={learner.dutyHolder} onSave={(v) => v && save({ dutyHolder: v as LearnerFields['dutyHolder'] })} />
          <AutoText revision={learner.version} label={f('idpDateGiven')} description={t('learner.hints.idpDateGiven')} type="date" value={learner.idpDateGiven} onSave={(v) => save({ idpDateGiven: v })} validate={validateDate(t)} />
          <AutoSelect label={f('primaryNeed')} data={needOptions} value={learner.primaryNeed} onSave={(v) => save({ primaryNeed: v })} clearable searchable />
          <AutoMultiSelect label={f('secondaryNeeds')} data={needOptions.filter((o) => o.value !== learner.primaryNeed)} value={learner.secondaryNeeds} onSave={(v) => save({ secondaryNeeds: v })} />
          <Stack gap={4}>
            <AutoSelect label={t('learner.fields.keyWorker')} data={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))} value={learner.keyWorkerId} onSave={(v) => save({ keyWorkerId: v })} clearable searchable />
            <KeyWorkerAdd onAdded={(id) => save({ keyWorkerId: id })} />
          </Stack>
          <AutoTags label={f('agencies')} description={t('learner.hints.tags')} value={learner.agencies} onSave={(v) => save({ agencies: v })} />
        </SimpleGrid>
      </Fieldset>
      <AutoText revision={learner.version} label={f('notes')} multiline value={learner.notes} onSave={(v) => save({ notes: v })} maxLength={20000} />
    </Stack>
  );
}
