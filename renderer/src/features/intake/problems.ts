import { z } from 'zod';
import type { WorkCalendar } from '../../../../shared/domain/calendar';
import type { Matter } from '../../../../shared/features/catalog/contract';
import { idNumberProblem } from '../../../../shared/features/intake/applicant';
import type { ChecklistLine } from '../../../../shared/features/intake/checklist';
import { IntakeSubmission } from '../../../../shared/features/intake/contract';
import { decisionProblems, type FieldProblems } from '../../../../shared/features/intake/decision';
import type { Draft } from './draft';
import { intakeText as t } from './text';

export interface CheckInput {
  draft: Draft;
  submission: IntakeSubmission;
  checklist: readonly ChecklistLine[];
  matters: readonly Matter[];
  intakeDay: string;
  calendar: WorkCalendar;
  blacklisted: string | null;
}

const zhCN = z.locales.zhCN().localeError;

/**
 * Everything the host would refuse, by the same schema and decision rules, keyed by the field paths the host
 * uses, so a message found here and one sent back by the host land on the same field.
 */
export function intakeProblems({ draft, submission, checklist, matters, intakeDay, calendar, blacklisted }: CheckInput): FieldProblems {
  const problems: FieldProblems = {};
  const add = (path: string, message: string) => {
    problems[path] ??= message;
  };

  if (draft.decision.kind === null) add('decision.kind', t.chooseDecision);
  if (submission.decision.kind === 'deficiency' && !submission.decision.catchUpBy) add('decision.catchUpBy', t.catchUpByRequired);
  const parsed = IntakeSubmission.safeParse(submission, { error: zhCN });
  for (const issue of parsed.error?.issues ?? []) add(issue.path.join('.'), issue.message);
  // The schema checks a person's ID number in a refinement of the whole applicant, which zod skips while any
  // other applicant field is wrong; the clerk should not have to fill the name to learn the ID is mistyped.
  const { applicant } = submission;
  if (applicant.kind === 'person') {
    const problem = idNumberProblem(applicant.idType ?? 'resident', applicant.idNumber.trim().toUpperCase());
    if (problem) add('applicant.idNumber', problem);
  }

  if (draft.decision.kind !== 'refuse') {
    checklist.forEach((line, index) => {
      if (!draft.marks[line.name]) add(`materials.${index}.status`, t.markEveryLine);
    });
  }
  if (draft.decision.kind !== null && matters.length > 0) {
    const rules = decisionProblems({
      decision: submission.decision,
      marks: submission.materials,
      checklist,
      matters,
      intakeDay,
      calendar,
      blacklisted,
    });
    for (const [path, message] of Object.entries(rules)) add(path, message);
  }
  return problems;
}
