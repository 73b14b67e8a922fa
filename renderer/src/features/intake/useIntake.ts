import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { HallError } from '../../../../shared/api/errors';
import type { WorkCalendar } from '../../../../shared/domain/calendar';
import { hallDay } from '../../../../shared/domain/clock';
import { creditCodeProblem } from '../../../../shared/domain/identifiers';
import type { Catalog } from '../../../../shared/features/catalog/contract';
import { idNumberProblem } from '../../../../shared/features/intake/applicant';
import { materialChecklist } from '../../../../shared/features/intake/checklist';
import { IntakeSubmission, type ApplicantHistory, type DecisionKind } from '../../../../shared/features/intake/contract';
import { catchUpLimit, type FieldProblems } from '../../../../shared/features/intake/decision';
import { api } from '../../api/hall';
import { reportProblem } from '../../app/background';
import { errorText } from '../../app/errors';
import { useAppStore } from '../../store';
import { applicantKey, draftFrom, toSubmission, withHistory, type ApplicantDraft, type Draft, type Prefill } from './draft';
import { focusFirst } from './focus';
import { intakeProblems } from './problems';
import { intakeText as t } from './text';

/** `materials.3` covers `materials.3.status`: touching or changing a line concerns every field of it. */
const covers = (outer: string, path: string) => path === outer || path.startsWith(`${outer}.`);

interface Options {
  catalog: Catalog;
  /** The host's calendar: the form counts time limits on the same days. */
  calendar: WorkCalendar;
  prefill: Prefill | null;
  ticketId: string | null;
  /** The form's element, to take the clerk to the first field to fix. */
  container: () => HTMLElement | null;
}

/**
 * The intake form's state: the draft, which problems to show (a field's own once the clerk has been in it,
 * all of them once submit was tried, the host's until the field is changed), and submitting.
 */
export function useIntake({ catalog, calendar, prefill, ticketId, container }: Options) {
  const navigate = useNavigate();
  // The host's day decides; this PC's clock only stands in until the host's status is known.
  const [today] = useState(() => hallDay(Date.now()));
  const intakeDay = useAppStore((s) => s.status?.serviceDay) ?? today;
  const [draft, setDraft] = useState(() => draftFrom(prefill));
  const [dirty, setDirty] = useState(false);
  const [touched, setTouched] = useState<readonly string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [hostProblems, setHostProblems] = useState<FieldProblems>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const history = useApplicantHistory(draft.applicant);

  const stage = catalog.stages.find((s) => s.id === draft.stageId);
  const matters = stage?.matters.filter((m) => draft.matterIds.includes(m.id)) ?? [];
  const checklist = materialChecklist(matters);
  const deferred = checklist.filter((line) => draft.marks[line.name]?.status === 'deferred').map((line) => ({ line }));
  const latestCatchUp = catchUpLimit({ matters, intakeDay, calendar }, deferred);
  const submission = toSubmission(draft, checklist, ticketId, latestCatchUp);
  const blacklisted = history?.blacklisted ?? null;
  const problems = intakeProblems({ draft, submission, checklist, matters, intakeDay, calendar, blacklisted });

  const message = (path: string) =>
    hostProblems[path] ?? (submitted || touched.some((p) => covers(p, path)) ? problems[path] : undefined);
  const touch = (path: string) => setTouched((paths) => (paths.includes(path) ? paths : [...paths, path]));

  const update = (paths: readonly string[], change: (d: Draft) => Draft) => {
    setDraft(change);
    setDirty(true);
    setSummary(null);
    setHostProblems((found) => Object.fromEntries(Object.entries(found).filter(([path]) => !paths.some((p) => covers(p, path) || covers(path, p)))));
  };

  const chooseDecision = (kind: DecisionKind) => {
    if (kind === 'deficiency' && blacklisted) return;
    update(['decision'], (d) => ({ ...d, decision: { ...d.decision, kind } }));
    // The decision's rules speak about the materials, so their messages are due now.
    touch('decision');
    touch('materials');
  };

  const fillFromHistory = () => {
    const latest = history?.latest;
    if (latest) update(['applicant', 'project'], (d) => withHistory(d, latest));
  };

  const submit = async () => {
    if (busy) return;
    setSubmitted(true);
    const root = container();
    const paths = Object.keys(problems);
    if (paths.length > 0) {
      setSummary(t.problems(paths.length));
      if (root) focusFirst(root, paths);
      return;
    }
    setBusy(true);
    setSummary(null);
    try {
      const taken = await api.intake.submit(IntakeSubmission.parse(submission));
      const notice = taken.documents[0];
      // The notice takes the form's place: Esc (back) from it returns to the workbench, not to a fresh form
      // for the ticket just taken in, where a second case could be submitted by mistake.
      void navigate(notice ? `/window/notices/${notice.id}` : `/window/cases/${taken.id}`, { replace: true });
    } catch (error) {
      const fields = error instanceof HallError ? (error.fields ?? {}) : {};
      setHostProblems(fields);
      setSummary(errorText(error));
      if (root) focusFirst(root, Object.keys(fields));
    } finally {
      setBusy(false);
    }
  };

  return {
    draft,
    dirty,
    busy,
    summary,
    history,
    checklist,
    latestCatchUp,
    blacklisted,
    ticketNumber: prefill?.ticketNumber ?? null,
    fields: { message, touch },
    update,
    touch,
    chooseDecision,
    fillFromHistory,
    submit,
  };
}

/** The key typed, once it is a valid ID number or credit code: only then is it worth asking the host. */
function validKey(applicant: ApplicantDraft): string | null {
  const key = applicantKey(applicant);
  const problem = applicant.kind === 'person' ? idNumberProblem(applicant.idType, key) : creditCodeProblem(key);
  return problem ? null : key;
}

function useApplicantHistory(applicant: ApplicantDraft): ApplicantHistory | null {
  const key = validKey(applicant);
  const [found, setFound] = useState<{ key: string; history: ApplicantHistory } | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    api.intake.lookupApplicant({ key }).then((history) => live && setFound({ key, history }), reportProblem);
    return () => {
      live = false;
    };
  }, [key]);
  return found?.key === key ? found.history : null;
}
