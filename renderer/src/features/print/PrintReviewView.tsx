/**
 * The record of a review for printing (#/print/review/<reviewId>): the sheet from shared/rules/review-record.ts
 * (which the Word export draws too) in the meeting's language, drawn with the IDP's blocks, styles and page (its
 * margin boxes: the protective marking and the school at the top of every page, "Review · <date> · Page X of Y"
 * at the foot).
 */
import { useMemo, useRef } from 'react';
import { reviewRecordSheet, type ReviewRecordSheet } from '../../../../shared/rules/review-record';
import { wordsForMeeting } from '../../../../shared/rules/review-words';
import { useI18n } from '../../i18n';
import { Block, marginBoxes } from './IdpSheetView';
import { usePrintReady } from './print-data';
import { recordWordsIn, useReviewPrintData } from './review-print-data';
import './idp-print.css';
import './review-print.css';

function RecordView({ sheet, lang }: { sheet: ReviewRecordSheet; lang: string }) {
  return (
    <article className="idp-doc rv-doc" lang={lang}>
      {/* The IDP's page, with the school where a plan has the learner's name. */}
      <style>{marginBoxes({ ...sheet, name: sheet.schoolName })}</style>
      <header className="idp-title">
        <h1>
          {sheet.title}: {sheet.name}
        </h1>
      </header>
      {sheet.sections.map((section) => (
        <section key={section.key} className={`rv-section rv-${section.key}`}>
          <h2>{section.heading}</h2>
          {section.blocks.map((b, i) => (
            <Block key={i} block={b} photo={null} />
          ))}
        </section>
      ))}
    </article>
  );
}

export function PrintReviewView({ reviewId }: { reviewId: string }) {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const { review, schoolName, settled, failed } = useReviewPrintData(reviewId);
  usePrintReady(root, settled, failed);
  const sheet = useMemo(() => (review ? reviewRecordSheet(review, schoolName, wordsForMeeting(review.language, recordWordsIn)) : null), [review, schoolName]);
  return (
    <main className="opp-print-root" ref={root} aria-label={t('reviewPrint.viewLabel')}>
      {settled && failed && <p role="alert">{t('reviewPrint.notFound')}</p>}
      {settled && sheet && review && <RecordView sheet={sheet} lang={review.language === 'cy' ? 'cy' : 'en'} />}
    </main>
  );
}
