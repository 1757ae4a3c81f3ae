import { SegmentedControl } from '@mantine/core';
import { Language } from '../../../shared/schemas/settings';
import { useUpdateSettings } from '../api/hooks';
import { useI18n } from '../i18n';

export function LanguageSwitch() {
  const { language, t } = useI18n();
  const update = useUpdateSettings();
  return (
    <SegmentedControl
      aria-label={t('app.language')}
      size="xs"
      value={language}
      onChange={(value) => update.mutate({ language: Language.parse(value) })}
      data={Language.options.map((l) => ({ value: l, label: t(`app.languages.${l}`) }))}
    />
  );
}
