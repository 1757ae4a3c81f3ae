/**
 * What the review print views share: the review and the school's name, loaded for printing, and the papers' words
 * in a given language straight from the i18n catalogue (the meeting's language, whatever the interface's is). The
 * Word export has the same words in its labels; a unit test keeps the two identical.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReviewRecordWords, ReviewSheetWords, PaperLanguage } from '../../../../shared/rules/review-words';
import { bridge, unwrap } from '../../api/client';
import { useSchool } from '../../api/hooks';
import { CATALOGUES } from '../../i18n';

export const sheetWordsIn = (lang: PaperLanguage) => CATALOGUES[lang].reviewSheet as unknown as ReviewSheetWords;
export const recordWordsIn = (lang: PaperLanguage) => CATALOGUES[lang].reviewRecord as unknown as ReviewRecordWords;

export function useReviewPrintData(reviewId: string) {
  const review = useQuery({ queryKey: ['reviews', 'print', reviewId], queryFn: () => unwrap(bridge().reviews.get({ id: reviewId })) });
  const school = useSchool(true);
  return {
    review: review.data ?? null,
    schoolName: school.data?.schoolName ?? '',
    settled: !review.isPending && !school.isPending,
    failed: review.isError || school.isError,
  };
}
