import { Alert, Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { isIsoDate, todayIso } from '../../../../shared/rules/dates';
import { NO_CALENDAR, type SchoolCalendar } from '../../../../shared/rules/deadlines';
import { useCalendar, useSaveCalendar } from '../../api/idp-extras';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n, type Translate } from '../../i18n';
import { formatDate } from '../learner/labels';
import { calendarProblems, lastTermEnd, newTerm, sameCalendar, termsIn, toCalendar, toDraft, type CalendarDraft, type CalendarProblem, type TermDraft } from './calendar-draft';
import { SettingsSection } from './SettingsSection';

const c = (t: Translate, key: string, vars?: Record<string, string | number>) => t(`settings.calendar.${key}`, vars);

function problemText(t: Translate, p: CalendarProblem): string {
  return p.kind === 'overlap' ? c(t, 'problems.overlap', { a: p.term, b: p.other }) : c(t, `problems.${p.kind}`, { n: p.term });
}

/** What the clocks count from now: nothing yet (estimates), or the terms entered, and whether they have run out. */
function CalendarSummary({ saved }: { saved: SchoolCalendar }) {
  const { t } = useI18n();
  const last = lastTermEnd(saved);
  if (last === null) return <Text size="sm" fw={600}>{c(t, 'noneYet')}</Text>;
  const first = saved.terms.reduce((min, term) => (term.start < min ? term.start : min), last);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>{c(t, 'summary', { terms: saved.terms.length, from: formatDate(first), to: formatDate(last), closures: saved.closures.length })}</Text>
      {last < todayIso() && <Text size="sm" c="orange.9">{c(t, 'runOut', { date: formatDate(last) })}</Text>}
    </Stack>
  );
}

interface TermRowProps {
  term: TermDraft;
  n: number;
  flagged: boolean;
  autoFocus: boolean;
  onChange: (term: TermDraft) => void;
  onRemove: () => void;
}

function TermRow({ term, n, flagged, autoFocus, onChange, onRemove }: TermRowProps) {
  const { t } = useI18n();
  return (
    <Group align="flex-end" gap="sm" component="li">
      <TextInput type="date" label={c(t, 'termStart', { n })} value={term.start} onChange={(e) => onChange({ ...term, start: e.currentTarget.value })} error={flagged} autoFocus={autoFocus} w={200} />
      <TextInput type="date" label={c(t, 'termEnd', { n })} value={term.end} onChange={(e) => onChange({ ...term, end: e.currentTarget.value })} error={flagged} w={200} />
      <Button variant="subtle" color="red" c="red.9" onClick={onRemove} aria-label={c(t, 'removeTerm', { n })}>
        {c(t, 'remove')}
      </Button>
    </Group>
  );
}

/** The terms, numbered as listed; a new term's first field takes the focus, a removed one hands it to "Add a term". */
function Terms({ terms, flagged, onChange }: { terms: TermDraft[]; flagged: Set<number>; onChange: (terms: TermDraft[]) => void }) {
  const { t } = useI18n();
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const add = () => {
    const term = newTerm();
    setFocusKey(term.key);
    onChange([...terms, term]);
  };
  const remove = (key: number) => {
    onChange(terms.filter((x) => x.key !== key));
    addButton.current?.focus();
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="calendar-terms">
      <Title order={3} size="h5" id="calendar-terms">{c(t, 'terms')}</Title>
      <Text size="sm" c="dimmed">{c(t, 'termsHelp')}</Text>
      {terms.length === 0 && <Text size="sm">{c(t, 'noTerms')}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {terms.map((term, i) => (
          <TermRow key={term.key} term={term} n={i + 1} flagged={flagged.has(i + 1)} autoFocus={term.key === focusKey} onChange={(x) => onChange(terms.map((y) => (y.key === term.key ? x : y)))} onRemove={() => remove(term.key)} />
        ))}
      </Stack>
      <Group>
        <Button ref={addButton} variant="default" onClick={add}>{c(t, 'addTerm')}</Button>
      </Group>
    </Stack>
  );
}

/** The closures (INSET days, one-off bank holidays; the usual ones are computed): a date to add with Enter or the button, each listed with Remove. */
function Closures({ closures, terms, onChange }: { closures: string[]; terms: SchoolCalendar['terms']; onChange: (closures: string[]) => void }) {
  const { t, language } = useI18n();
  const [day, setDay] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const weekday = new Intl.DateTimeFormat(language === 'cy' ? 'cy-GB' : 'en-GB', { weekday: 'long', timeZone: 'UTC' });
  const add = () => {
    if (!isIsoDate(day)) return setError(t('learner.invalid.date'));
    setError(null);
    if (!closures.includes(day)) onChange([...closures, day].sort());
    setDay('');
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault(); // Enter adds this day; it does not save the whole calendar.
    add();
  };
  const remove = (d: string) => {
    onChange(closures.filter((x) => x !== d));
    input.current?.focus();
  };
  const inTerm = (d: string) => terms.some((term) => term.start <= d && d <= term.end);
  return (
    <Stack gap="xs" component="section" aria-labelledby="calendar-closures">
      <Title order={3} size="h5" id="calendar-closures">{c(t, 'closures')}</Title>
      <Text size="sm" c="dimmed">{c(t, 'closuresHelp')}</Text>
      {closures.length === 0 ? (
        <Text size="sm">{c(t, 'noClosures')}</Text>
      ) : (
        <List spacing={4} listStyleType="none" ml={0} pl={0}>
          {closures.map((d) => (
            <List.Item key={d}>
              <Group gap="sm">
                <Text size="sm" w={220}>{`${weekday.format(new Date(`${d}T00:00:00Z`))} ${formatDate(d)}`}</Text>
                {!inTerm(d) && <Text size="sm" c="dimmed">{c(t, 'outsideTerms')}</Text>}
                <Button size="compact-sm" variant="subtle" color="red" c="red.9" onClick={() => remove(d)} aria-label={c(t, 'removeClosure', { date: formatDate(d) })}>
                  {c(t, 'remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Group align="flex-start" gap="sm">
        <TextInput ref={input} type="date" label={c(t, 'closureDate')} value={day} onChange={(e) => setDay(e.currentTarget.value)} onKeyDown={onKey} error={error} w={200} />
        <Button variant="default" onClick={add} mt={25}>{c(t, 'addClosure')}</Button>
      </Group>
    </Stack>
  );
}

function Problems({ problems }: { problems: CalendarProblem[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={c(t, 'problemsTitle')}>
      <List size="sm">
        {problems.map((p) => (
          <List.Item key={`${p.kind}-${termsIn(p).join('-')}`}>{problemText(t, p)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * The school's term dates and closures: the statutory clocks count school days (and an FEI's term-time days) from
 * them. Problems (a term ending before it starts, two terms overlapping) show as they are typed; Save refuses them.
 */
export function CalendarSettings() {
  const { t } = useI18n();
  const calendar = useCalendar();
  const save = useSaveCalendar();
  const saved = calendar.data ?? NO_CALENDAR;
  const [draft, setDraft] = useState<CalendarDraft>(() => toDraft(saved));
  const [tried, setTried] = useState(false);
  const problemsBox = useRef<HTMLDivElement>(null);
  // What is stored wins when it arrives or changes (after a save the terms come back in date order).
  useEffect(() => {
    if (calendar.data) setDraft(toDraft(calendar.data));
  }, [calendar.data]);

  const problems = calendarProblems(draft).filter((p) => tried || p.kind !== 'incomplete');
  const flagged = new Set(problems.flatMap(termsIn));
  const dirty = !sameCalendar(toCalendar(draft), saved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (calendarProblems(draft).length > 0) {
      problemsBox.current?.focus();
      return;
    }
    save.mutate(toCalendar(draft), { onSuccess: () => setTried(false) });
  };

  return (
    <SettingsSection id="settings-calendar" title={c(t, 'title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{c(t, 'intro')}</Text>
          <CalendarSummary saved={saved} />
          <ErrorAlert error={calendar.error} />
          <Terms terms={draft.terms} flagged={flagged} onChange={(terms) => setDraft({ ...draft, terms })} />
          <Closures closures={draft.closures} terms={toCalendar(draft).terms} onChange={(closures) => setDraft({ ...draft, closures })} />
          <div ref={problemsBox} tabIndex={-1}>
            <Problems problems={problems} />
          </div>
          <Group>
            <Button type="submit" loading={save.isPending}>{c(t, 'save')}</Button>
            <Text size="sm" role="status" fw={dirty ? 600 : undefined} c={dirty ? undefined : 'teal.9'}>
              {dirty ? c(t, 'unsaved') : save.isSuccess ? c(t, 'saved') : ''}
            </Text>
          </Group>
          <ErrorAlert error={save.error} />
        </Stack>
      </form>
    </SettingsSection>
  );
}
