import { Button, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { HeadingLanguage, Idp } from '../../../../shared/schemas/idp';
import { idpExports } from '../../api/idp-extras';
import { ExportActions } from '../../components/ExportActions';
import { useI18n } from '../../i18n';
import { CasePackModal, HeadingsChoice } from './CasePackModal';

/**
 * Print to PDF and Export to Word with the headings chosen, and the case pack for the local authority. In the
 * editor, `before` finishes the last autosave first, so what is exported is what is on screen.
 */
export function IdpExportActions({ idp, before }: { idp: Idp; before?: () => Promise<unknown> }) {
  const { t } = useI18n();
  // The headings start in the plan's own language: English, Welsh, or both for a bilingual plan.
  const [headings, setHeadings] = useState<HeadingLanguage>(idp.planLanguage);
  const [casePack, setCasePack] = useState(false);
  // A change of the plan's language changes what its headings start as.
  useEffect(() => setHeadings(idp.planLanguage), [idp.planLanguage]);

  return (
    <Stack gap="sm">
      <HeadingsChoice value={headings} onChange={setHeadings} />
      <ExportActions calls={idpExports(idp.id, headings)} before={before}>
        <Button variant="default" onClick={() => setCasePack(true)}>
          {t('idpExport.casePack')}
        </Button>
      </ExportActions>
      {casePack && <CasePackModal idp={idp} headings={headings} onClose={() => setCasePack(false)} />}
    </Stack>
  );
}
