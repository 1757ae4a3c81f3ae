/**
 * The IDP print view (#/print/idp/<idpId>/<headings>): one version of the plan on as many A4 pages as it takes,
 * with English, Welsh or bilingual headings, drawn from the sheet the Word export uses. Read only. The core waits
 * for the ready mark (print-data.ts) before it prints.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { PrintHeadings } from '../../../../shared/print';
import { idpSheet, needLabelsFrom } from '../../../../shared/rules/idp-sheet';
import { bridge, unwrap } from '../../api/client';
import { useI18n } from '../../i18n';
import { IdpSheetView } from './IdpSheetView';
import { usePrintReady } from './print-data';

function useIdpPrintData(idpId: string, headings: PrintHeadings) {
  const idp = useQuery({ queryKey: ['idp', 'print', idpId], queryFn: () => unwrap(bridge().idp.get({ id: idpId })) });
  const photo = useQuery({ queryKey: ['idp', 'print', idpId, 'photo'], queryFn: () => unwrap(bridge().idp.photo({ idpId })) });
  const codes = useQuery({ queryKey: ['codes', 'print'], queryFn: () => unwrap(bridge().codes.list({})) });
  const sheet = useMemo(
    () => (idp.data && codes.data && photo.isSuccess ? idpSheet(idp.data, { mode: headings, needLabels: needLabelsFrom(codes.data), hasPhoto: !!photo.data }) : null),
    [idp.data, codes.data, photo.isSuccess, photo.data, headings],
  );
  return {
    sheet,
    photo: photo.data ? `data:${photo.data.mime};base64,${photo.data.base64}` : null,
    settled: !idp.isPending && !photo.isPending && !codes.isPending,
    failed: idp.isError || photo.isError || codes.isError,
  };
}

export function PrintIdpView({ idpId, headings }: { idpId: string; headings: PrintHeadings }) {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const { sheet, photo, settled, failed } = useIdpPrintData(idpId, headings);
  usePrintReady(root, settled, failed);
  return (
    <main className="opp-print-root idp-print-root" ref={root} aria-label={t('idpPrint.viewLabel')}>
      {settled && failed && <p role="alert">{t('idpPrint.notFound')}</p>}
      {settled && sheet && <IdpSheetView sheet={sheet} photo={photo} lang={headings === 'cy' ? 'cy' : 'en'} />}
    </main>
  );
}
