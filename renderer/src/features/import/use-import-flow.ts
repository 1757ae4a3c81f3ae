/**
 * The import's state from file to summary. The core re-reads the file at every step (it never trusts an earlier
 * answer); here we keep the text, the chosen mapping, and per problem row the choice (skip or fix) and the fixes.
 */
import { useMemo, useState } from 'react';
import type { ColumnMapping } from '../../../../shared/rules/import-mapping';
import type { ImportField } from '../../../../shared/rules/import-values';
import type { ImportPreview, ImportSummary } from '../../../../shared/schemas/import';
import { useImportCommit, useImportPreview } from '../../api/import';
import type { Choice, ProblemRowState, RowFixes } from './ProblemTable';
import { fixableFields } from './problem-text';

export type Step = 0 | 1 | 2 | 3;

interface State {
  step: Step;
  csv: string;
  /** The first answer (headers and an example row, for the column step). */
  first: ImportPreview | null;
  mapping: ColumnMapping;
  /** The rows as the file has them, before any fix; then as the latest check sees them. */
  baseline: ImportPreview | null;
  current: ImportPreview | null;
  choices: Record<number, Choice>;
  fixes: Record<number, RowFixes>;
  stillWrong: boolean;
  summary: ImportSummary | null;
}

const START: State = { step: 0, csv: '', first: null, mapping: {}, baseline: null, current: null, choices: {}, fixes: {}, stillWrong: false, summary: null };

function problemRows(s: State): ProblemRowState[] {
  if (!s.baseline || !s.current) return [];
  const before = new Map(s.baseline.rows.filter((r) => r.problems.length).map((r) => [r.row, fixableFields(r.problems)]));
  return s.current.rows
    .filter((r) => r.problems.length > 0 || before.has(r.row))
    .map((r) => ({
      current: r,
      fields: [...new Set([...(before.get(r.row) ?? []), ...fixableFields(r.problems)])],
      choice: s.choices[r.row],
      fixes: s.fixes[r.row] ?? {},
    }));
}

/** The rows that stop an import: a problem the person has not chosen to skip. */
const blocking = (p: ImportPreview, choices: Record<number, Choice>) => p.rows.filter((r) => r.problems.length > 0 && choices[r.row] !== 'skip');
/** Rows the person chose to fix whose fix is still wrong. */
const wrongFixes = (p: ImportPreview, choices: Record<number, Choice>) => p.rows.some((r) => r.problems.length > 0 && choices[r.row] === 'fix');

function chosen(s: State): { skip: number[]; fixes: Record<string, RowFixes> } {
  const rows = Object.entries(s.choices);
  return {
    skip: rows.filter(([, c]) => c === 'skip').map(([row]) => Number(row)),
    fixes: Object.fromEntries(rows.filter(([row, c]) => c === 'fix' && s.fixes[Number(row)]).map(([row]) => [row, s.fixes[Number(row)]!])),
  };
}

type Update = (prev: State) => State;

const withChoice = (row: number, choice: Choice): Update => (prev) => ({ ...prev, stillWrong: false, choices: { ...prev.choices, [row]: choice } });
const withFix = (row: number, field: ImportField, value: string): Update => (prev) => ({ ...prev, fixes: { ...prev.fixes, [row]: { ...prev.fixes[row], [field]: value } } });
const withAllSkipped = (rows: ProblemRowState[]): Update => (prev) => ({
  ...prev,
  choices: { ...prev.choices, ...Object.fromEntries(rows.filter((r) => r.current.problems.length).map((r) => [r.current.row, 'skip' as const])) },
});

/** Check: the latest fixes through the core's preview. Import: check, then commit only if nothing blocks. */
function useCheckAndImport(s: State, set: (patch: Partial<State>) => void) {
  const preview = useImportPreview();
  const commit = useImportCommit();
  const check = async (): Promise<ImportPreview | null> => {
    const p = await preview.mutateAsync({ csv: s.csv, mapping: s.mapping, fixes: chosen(s).fixes }).catch(() => null);
    if (p) set({ current: p, stillWrong: wrongFixes(p, s.choices) });
    return p;
  };
  const importNow = async () => {
    commit.reset();
    const p = await check();
    if (!p || blocking(p, s.choices).length > 0) return;
    commit.mutate({ csv: s.csv, mapping: s.mapping, ...chosen(s) }, { onSuccess: (summary) => set({ summary, step: 3 }) });
  };
  return { preview, commit, check, importNow };
}

export function useImportFlow() {
  const [s, setS] = useState<State>(START);
  const set = (patch: Partial<State>) => setS((prev) => ({ ...prev, ...patch }));
  const rows = useMemo(() => problemRows(s), [s]);
  const { preview, commit, check, importNow } = useCheckAndImport(s, set);
  return {
    state: s,
    rows,
    preview,
    commit,
    check,
    importNow,
    readFile: (csv: string) => preview.mutate({ csv }, { onSuccess: (p) => set({ csv, first: p, mapping: p.mapping, step: 1 }) }),
    setMapping: (mapping: ColumnMapping) => set({ mapping }),
    confirmMapping: () =>
      preview.mutate({ csv: s.csv, mapping: s.mapping }, { onSuccess: (p) => set({ baseline: p, current: p, choices: {}, fixes: {}, stillWrong: false, step: 2 }) }),
    choose: (row: number, choice: Choice) => setS(withChoice(row, choice)),
    fix: (row: number, field: ImportField, value: string) => setS(withFix(row, field, value)),
    skipAll: () => setS(withAllSkipped(rows)),
    goTo: (step: Step) => {
      preview.reset();
      set({ step });
    },
    reset: () => {
      preview.reset();
      commit.reset();
      setS(START);
    },
  };
}
