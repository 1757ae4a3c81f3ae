/**
 * The action-plan part of a printed OPP+, after the profile page: on A4 portrait pages of its own (a named page
 * with margins, print.css), the title, the fuller "important to / for me", the plan's dates, each intervention
 * as a block that is never split across pages where it fits on one, and the time it all takes. What each block
 * says comes from shared/rules/opp-plus-sheet.ts, as the Word export's does.
 */
import { interventionSheet, planTime, type SheetRow, type SheetWords } from '../../../../shared/rules/opp-plus-sheet';
import type { Intervention, OppPlusPlan } from '../../../../shared/schemas/interventions';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import { useSheetWords } from './sheet-words';
import './opp-plus-print.css';

/** Fields given the whole width of the block: free text that is often long. */
const WIDE = new Set(['target', 'measure', 'entryCriteria', 'impactNote']);

function Fields({ rows, className }: { rows: SheetRow[]; className: string }) {
  return (
    <dl className={className}>
      {rows.map((r) => (
        <div key={r.field} className={WIDE.has(r.field) ? 'oppp-field oppp-wide' : 'oppp-field'}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Measures({ sheet }: { sheet: ReturnType<typeof interventionSheet> }) {
  const { t } = useI18n();
  return (
    <div className="oppp-measures">
      <h4>{t('oppPlusPrint.measures')}</h4>
      {sheet.measures.length ? (
        <table>
          <thead>
            <tr>
              {(['phase', 'tool', 'score', 'date'] as const).map((c) => (
                <th key={c} scope="col" className={c === 'tool' ? 'oppp-tool' : undefined}>
                  {t(`oppPlusPrint.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.measures.map((m, i) => (
              <tr key={i}>
                <td>{m.phase}</td>
                <td className="oppp-tool">{m.tool}</td>
                <td>{m.score}</td>
                <td>{m.date}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="oppp-quiet">{t('oppPlusPrint.noMeasures')}</p>
      )}
    </div>
  );
}

function InterventionBlock({ intervention, words }: { intervention: Intervention; words: SheetWords }) {
  const { t } = useI18n();
  const sheet = interventionSheet(intervention, words);
  const tags = sheet.details.filter((r) => r.field === 'area' || r.field === 'status');
  // The impact note is free text: it gets the block's whole width, below the measures and results.
  const note = sheet.results.filter((r) => r.field === 'impactNote');
  return (
    <article className="oppp-intervention" aria-label={sheet.title}>
      <header className="oppp-i-head">
        <h3>{sheet.title}</h3>
        <p className="oppp-tags">
          {tags.map((r) => (
            <span key={r.field} className={`oppp-tag oppp-tag-${r.field}`} title={r.label}>
              {r.value}
            </span>
          ))}
        </p>
      </header>
      <Fields rows={sheet.details.filter((r) => !tags.includes(r))} className="oppp-fields" />
      <div className="oppp-outcome">
        <Measures sheet={sheet} />
        <Fields rows={sheet.results.filter((r) => !note.includes(r))} className="oppp-results" />
      </div>
      <Fields rows={note} className="oppp-fields oppp-note" />
      {sheet.stillToComplete.length > 0 && (
        <div className="oppp-todo">
          <h4>{t('oppPlusPrint.stillToComplete')}</h4>
          <ul>
            {sheet.stillToComplete.map((line, n) => (
              <li key={n}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

export function OppPlusPlanSheet({ plan, schoolName }: { plan: OppPlusPlan; schoolName: string | null }) {
  const { t } = useI18n();
  const words = useSheetWords();
  const fuller = [
    ['importantTo', plan.importantTo],
    ['importantFor', plan.importantFor],
  ] as const;
  return (
    <section className="oppp-plan" aria-label={t('oppPlusPrint.title', { name: plan.learnerName })}>
      <header className="oppp-head">
        <h1>{t('oppPlusPrint.title', { name: plan.learnerName })}</h1>
        <p className="oppp-dates">
          <span>{t('oppPlusPrint.planStarted', { date: formatDate(plan.startDate) })}</span>
          <span>{plan.reviewDate ? t('oppPlusPrint.review', { date: formatDate(plan.reviewDate) }) : t('oppPlusPrint.reviewNotSet')}</span>
          {schoolName && <span className="oppp-school">{schoolName}</span>}
        </p>
      </header>
      <div className="oppp-fuller">
        {fuller.map(([key, text]) => (
          <section key={key} className={`oppp-fuller-${key}`}>
            <h2>{t(`oppPlusPrint.${key}`)}</h2>
            <p className={text ? undefined : 'oppp-quiet'}>{text ?? t('oppPlusPrint.notWritten')}</p>
          </section>
        ))}
      </div>
      <h2 className="oppp-section-title">{t('oppPlusPrint.actionPlan')}</h2>
      {plan.interventions.length ? (
        plan.interventions.map((i) => <InterventionBlock key={i.id} intervention={i} words={words} />)
      ) : (
        <p className="oppp-quiet">{t('oppPlusPrint.noInterventions')}</p>
      )}
      <section className="oppp-time">
        <h2>{t('oppPlusPrint.time')}</h2>
        <Fields rows={planTime(plan.interventions, words)} className="oppp-time-fields" />
      </section>
    </section>
  );
}
