/** The audit log: pages of entries (newest first, filtered by the core), its size, and the chain check. */
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditCategory } from '../../../shared/schemas/audit';
import { bridge, unwrap } from './client';

/** Entries asked for at a time: a screenful or two; "Show older entries" asks for the next. */
export const AUDIT_SCREEN_PAGE = 100;

export interface AuditFilter {
  learnerId: string | null;
  category: AuditCategory | null;
}

export const auditKeys = {
  all: ['audit'] as const,
  list: (f: AuditFilter) => ['audit', 'list', f.learnerId, f.category] as const,
  count: ['audit', 'count'] as const,
  learners: ['audit', 'learners'] as const,
};

/**
 * The log as it is now, whenever the screen opens: it grows as records are opened, so nothing is kept from an
 * earlier visit. Older pages come from the sequence number the last page ended at.
 */
export function useAuditLog(f: AuditFilter) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(f),
    queryFn: ({ pageParam }) =>
      unwrap(
        bridge().audit.list({
          ...(f.learnerId && { learnerId: f.learnerId }),
          ...(f.category && { category: f.category }),
          ...(pageParam !== undefined && { beforeSeq: pageParam }),
          limit: AUDIT_SCREEN_PAGE,
        }),
      ),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
    staleTime: 0,
    gcTime: 0,
    refetchOnMount: 'always',
  });
}

/** How many entries the log holds (the first page of one entry says, in its total). */
export function useAuditCount() {
  return useQuery({ queryKey: auditKeys.count, queryFn: async () => (await unwrap(bridge().audit.list({ limit: 1 }))).total ?? 0, staleTime: 0, refetchOnMount: 'always' });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => unwrap(bridge().audit.verify({})) });
}

/**
 * Everyone the learner filter offers: those in the caseload and those archived, read afresh (the caseload's own
 * list may be cached from before learners were added or archived elsewhere).
 */
export function useAuditLearners() {
  return useQuery({
    queryKey: auditKeys.learners,
    queryFn: async () => {
      const [current, archived] = await Promise.all([unwrap(bridge().learners.list({})), unwrap(bridge().learners.list({ archived: true }))]);
      return [...current.rows, ...archived.rows].map((r) => ({ value: r.id, label: r.displayName })).sort((a, b) => a.label.localeCompare(b.label));
    },
    staleTime: 0,
    refetchOnMount: 'always',
  });
}
