/** Across the caseload: every OPP+ plan in a line, and the impact report (by programme, and planned staff time). */
import { isCommitted, programmeImpact, round2, staffMinutesPerTerm, staffMinutesPerWeek, totalStaffTime, type InterventionStatus } from '../../../shared/rules/interventions';
import type { ImpactReport, OppPlusSummary } from '../../../shared/schemas/interventions';
import * as repo from '../repositories/interventions';
import { displayName } from './learner-mapping';
import { withMeasures } from './opp-plus';
import type { Session } from './session';

export async function listPlans(s: Session): Promise<OppPlusSummary[]> {
  const [plans, rows] = await Promise.all([repo.listPlans(s.db), repo.listAllInterventions(s.db)]);
  return plans.map((p) => {
    const mine = rows.filter((r) => r.plan_id === p.id);
    const facts = mine.map((r) => ({ status: r.status as InterventionStatus, sessionsPerWeek: r.sessions_per_week, sessionMinutes: r.session_minutes, groupSize: r.group_size, durationWeeks: r.duration_weeks }));
    return {
      learnerId: p.learner_id,
      learnerName: displayName(p),
      yearGroup: p.year_group,
      planId: p.id,
      status: p.status as OppPlusSummary['status'],
      startDate: p.start_date,
      reviewDate: p.review_date,
      interventions: mine.length,
      running: mine.filter((r) => r.status === 'running').length,
      staffMinutesPerWeek: totalStaffTime(facts).perWeek,
    };
  });
}

/** Impact by programme across the caseload, and planned staff time in total and by who delivers it. */
export async function impactReport(s: Session): Promise<ImpactReport> {
  const [rows, measures] = await Promise.all([repo.listAllInterventions(s.db), repo.listAllMeasures(s.db)]);
  const interventions = withMeasures(rows, measures).map(({ row, intervention }) => ({ learnerId: row.learner_id, intervention }));
  const byStaff = new Map<string | null, { perWeek: number; perTerm: number }>();
  for (const { intervention: i } of interventions.filter((x) => isCommitted(x.intervention))) {
    const sum = byStaff.get(i.staffName) ?? { perWeek: 0, perTerm: 0 };
    byStaff.set(i.staffName, { perWeek: sum.perWeek + staffMinutesPerWeek(i), perTerm: sum.perTerm + staffMinutesPerTerm(i) });
  }
  return {
    programmes: programmeImpact(interventions.map((x) => ({ learnerId: x.learnerId, programme: x.intervention.programmeName, intervention: x.intervention }))),
    staffTime: totalStaffTime(interventions.map((x) => x.intervention)),
    byStaff: [...byStaff.entries()]
      .map(([staffName, t]) => ({ staffName, perWeek: round2(t.perWeek), perTerm: round2(t.perTerm) }))
      .sort((a, b) => (a.staffName ?? '\uffff').localeCompare(b.staffName ?? '\uffff')),
  };
}
