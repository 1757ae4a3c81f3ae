/**
 * A review's invitation and contribution sheet for printing (#/print/review-sheets/<reviewId>/<audience>/<language>):
 * what shared/rules/review-sheets.ts says (the Word export says the same), in the language asked for (the meeting's
 * unless the coordinator chose another), Welsh then English for bilingual papers. Each language: the invitation on a page of its own, then the contribution sheet with a
 * box of space under each heading, never split across pages (review-print.css). The learner's is set larger, with
 * plain boxes to write or draw in; the adults' are ruled.
 */
import { useMemo, useRef } from 'react';
import type { PrintAudience, PrintHeadings } from '../../../../shared/print';
import { reviewSheets, type ContributionSheet, type Invitation, type OutcomesToMark } from '../../../../shared/rules/review-sheets';
import { useI18n } from '../../i18n';
import { usePrintReady } from './print-data';
import { sheetWordsIn, useReviewPrintData } from './review-print-data';
import './review-print.css';

function InvitationPage({ inv, schoolName, label }: { inv: Invitation; schoolName: string; label: string }) {
  return (
    <article className="rs-page rs-invitation" aria-label={label}>
      {schoolName && <p className="rs-school">{schoolName}</p>}
      <h1>{inv.title}</h1>
      <p>{inv.greeting}</p>
      <p>{inv.purpose}</p>
      <dl className="rs-details">
        {inv.details.map((d) => (
          <div key={d.label}>
            <dt>{d.label}</dt>
            <dd>{d.value}</dd>
          </div>
        ))}
      </dl>
      {inv.invited.length > 0 && (
        <>
          <h2>{inv.invitedLabel}</h2>
          <ul className="rs-invited">
            {inv.invited.map((who, i) => (
              <li key={i}>{who}</li>
            ))}
          </ul>
        </>
      )}
      {inv.asks.map((ask, i) => (
        <p key={i} className="rs-ask">
          {ask}
        </p>
      ))}
    </article>
  );
}

function Outcomes({ o }: { o: OutcomesToMark }) {
  const c = o.columns;
  return (
    <section className="rs-outcomes">
      <h2>{o.title}</h2>
      <p className="rs-intro">{o.intro}</p>
      <table>
        <thead>
          <tr>
            {[c.outcome, c.met, c.partlyMet, c.notMet, c.comment].map((label, i) => (
              <th key={i} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {o.outcomes.map((outcome, i) => (
            <tr key={i}>
              <td>{outcome}</td>
              {[0, 1, 2].map((n) => (
                <td key={n} className="rs-tick">
                  <span aria-hidden="true" />
                </td>
              ))}
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ContributionPages({ sheet, label }: { sheet: ContributionSheet; label: string }) {
  return (
    <section className="rs-sheet" aria-label={label}>
      <h1>{sheet.title}</h1>
      <p className="rs-intro">{sheet.intro}</p>
      <div className="rs-names">
        {sheet.nameFields.map((field) => (
          <p key={field}>
            <span>{field}</span>
            <span className="rs-line" />
          </p>
        ))}
      </div>
      {sheet.rows.map((row) => (
        <div key={row[0]!.key} className="rs-row">
          {row.map((box) => (
            <div key={box.key} className={`rs-box rs-box-${box.key}`}>
              <h2>{box.heading}</h2>
              <p className="rs-prompt">{box.prompt}</p>
              {/* Lines as elements: a repeating gradient prints some of its thin lines and drops others. */}
              <div className="rs-space">
                {Array.from({ length: box.lines }, (_, i) => (
                  <span key={i} />
                ))}
              </div>
            </div>
          ))}
        </div>
      ))}
      {sheet.outcomes && <Outcomes o={sheet.outcomes} />}
    </section>
  );
}

export function PrintReviewSheetsView({ reviewId, audience, language }: { reviewId: string; audience: PrintAudience; language: PrintHeadings }) {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const { review, schoolName, settled, failed } = useReviewPrintData(reviewId);
  usePrintReady(root, settled, failed);
  const sheets = useMemo(() => (review ? reviewSheets(review, audience, schoolName, sheetWordsIn, language) : null), [review, audience, schoolName, language]);
  return (
    <main className="opp-print-root" ref={root} aria-label={t('reviewPrint.sheetsViewLabel')}>
      {settled && failed && <p role="alert">{t('reviewPrint.notFound')}</p>}
      {settled &&
        sheets?.parts.map((part) => (
          <div key={part.lang} className={`rs-doc rs-${audience}`} lang={part.lang}>
            <InvitationPage inv={part.invitation} schoolName={sheets.schoolName} label={t('reviewPrint.invitation')} />
            <ContributionPages sheet={part.contribution} label={t('reviewPrint.contribution')} />
          </div>
        ))}
    </main>
  );
}
