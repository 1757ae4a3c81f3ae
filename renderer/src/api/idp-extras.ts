/**
 * Around the IDP editor (api/idp.ts): the school calendar (term dates and closures, which the statutory clocks count
 * from), a plan's exports, the LA case pack, and the disclosures recorded on a learner.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc';
import type { HeadingLanguage } from '../../../shared/schemas/idp';
import { bridge, unwrap, type ExportCalls } from './client';
import { learnerKeys } from './learners';

export const idpExtraKeys = {
  calendar: ['calendar'] as const,
  disclosures: (learnerId: string) => ['disclosures', learnerId] as const,
};

export function useCalendar() {
  return useQuery({ queryKey: idpExtraKeys.calendar, queryFn: () => unwrap(bridge().calendar.get({})) });
}

/** Every running clock is counted again from the new dates: the learners' pages, the list and the due panel. */
export function useSaveCalendar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (calendar: Input<'calendar.save'>) => unwrap(bridge().calendar.save(calendar)),
    onSuccess: (saved) => {
      qc.setQueryData(idpExtraKeys.calendar, saved);
      void qc.invalidateQueries({ queryKey: learnerKeys.all });
    },
  });
}

export function useDisclosures(learnerId: string) {
  return useQuery({ queryKey: idpExtraKeys.disclosures(learnerId), queryFn: () => unwrap(bridge().disclosures.list({ learnerId })), staleTime: 0 });
}

/** A plan's PDF and Word file, with the headings in the chosen language(s). */
export const idpExports = (idpId: string, headings: HeadingLanguage): ExportCalls => ({
  print: () => unwrap(bridge().print.idp({ idpId, headings })),
  docx: () => unwrap(bridge().idp.exportDocx({ idpId, headings })),
});

/** The case pack goes out as one Word file, and its disclosure is recorded on the learner. */
export function useCasePack() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'idp.casePack'>) => unwrap(bridge().idp.casePack(input)),
    onSuccess: (_saved, input) => {
      void qc.invalidateQueries({ queryKey: idpExtraKeys.disclosures(input.learnerId) });
      void qc.invalidateQueries({ queryKey: learnerKeys.detail(input.learnerId) });
    },
  });
}
