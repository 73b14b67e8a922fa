import { addWorkingDays, type WorkCalendar } from '../../domain/calendar';
import type { Matter } from '../catalog/contract';
import type { ChecklistLine } from './checklist';
import type { CaseStatus, Decision, MaterialMark } from './contract';

/** Field path (as the form names its fields) → the message shown there. Empty: the decision may be taken. */
export type FieldProblems = Record<string, string>;

export interface DecisionInput {
  decision: Decision;
  marks: readonly MaterialMark[];
  checklist: readonly ChecklistLine[];
  matters: readonly Matter[];
  intakeDay: string;
  calendar: WorkCalendar;
  /** The applicant's credit blacklist reason, if listed. */
  blacklisted: string | null;
}

const FORM_NAMES = { original: '原件', copy: '复印件' } as const;

/**
 * The rules of the four intake decisions (DOMAIN §2, 行政许可法 第32条), checked before anything is saved.
 * Each problem names the field to fix, so the clerk sees it where the mistake is.
 */
export function decisionProblems(input: DecisionInput): FieldProblems {
  const problems: FieldProblems = {};
  const marks = marksByLine(input, problems);
  if (!marks) return problems;

  marks.forEach(({ line, mark, index }) => markProblems(line, mark, `materials.${index}`, problems));
  switch (input.decision.kind) {
    case 'accept':
      for (const { line, mark, index } of marks) {
        if (mark.status === 'deferred') problems[`materials.${index}.status`] = '有容缺材料时请选择“容缺受理”';
        else if (mark.status === 'defective') problems[`materials.${index}.status`] = '材料不符合要求，不能直接受理';
        else if (line.required && mark.status === 'missing') problems[`materials.${index}.status`] = '受理须收齐必要材料';
      }
      break;
    case 'deficiency':
      deficiencyProblems(input, marks, problems);
      break;
    case 'oneTime': {
      const lacking = marks.filter(({ line, mark }) => mark.status === 'defective' || (line.required && mark.status === 'missing'));
      if (lacking.length === 0) problems['decision.kind'] = '材料齐全且符合要求，不能出具一次性告知书';
      for (const { mark, index } of marks) {
        if (mark.status === 'deferred') problems[`materials.${index}.status`] = '一次性告知不适用容缺，请标为“缺少”';
      }
      break;
    }
    case 'refuse':
      if (input.decision.reason === 'notCompetent' && !input.decision.competentAgency) {
        problems['decision.competentAgency'] = '请填写有权受理的机关';
      }
      break;
  }
  return problems;
}

interface MarkedLine {
  line: ChecklistLine;
  mark: MaterialMark;
  index: number;
}

/** Pairs every checklist line with its mark; a form that does not cover the list exactly was made for other matters. */
function marksByLine(input: DecisionInput, problems: FieldProblems): MarkedLine[] | null {
  const byName = new Map(input.marks.map((mark, index) => [mark.name, { mark, index }]));
  const lines = new Set(input.checklist.map((line) => line.name));
  const unknown = input.marks.some((mark) => !lines.has(mark.name));
  const marked = input.checklist.map((line) => ({ line, ...byName.get(line.name) }));
  if (unknown || marked.some((m) => !m.mark) || byName.size !== input.marks.length) {
    problems['materials'] = '材料清单与所选事项不一致，请重新核对材料';
    return null;
  }
  return marked as MarkedLine[];
}

function markProblems(line: ChecklistLine, mark: MaterialMark, path: string, problems: FieldProblems): void {
  const handedIn = mark.status === 'received' || mark.status === 'defective';
  if (handedIn && !mark.form) problems[`${path}.form`] = '请选择原件或复印件';
  if (handedIn && mark.copies < 1) problems[`${path}.copies`] = '请填写份数';
  if (mark.status === 'received' && line.form !== 'either' && mark.form && mark.form !== line.form) {
    problems[`${path}.form`] = `该材料须提交${FORM_NAMES[line.form]}`;
  }
  if (mark.status === 'received' && mark.copies >= 1 && mark.copies < line.copies) {
    problems[`${path}.copies`] = `该材料须提交${line.copies}份`;
  }
  if (mark.status === 'defective' && !mark.note) problems[`${path}.note`] = '请说明材料存在的问题';
  if (mark.status === 'deferred' && !line.deficiencyAllowed) problems[`${path}.status`] = '该材料不允许容缺';
}

function deficiencyProblems(input: DecisionInput, marks: readonly MarkedLine[], problems: FieldProblems): void {
  if (input.decision.kind !== 'deficiency') return;
  if (input.blacklisted) {
    problems['decision.kind'] = `申请人有信用黑名单记录（${input.blacklisted}），不适用容缺受理`;
    return;
  }
  const deferred = marks.filter(({ mark }) => mark.status === 'deferred');
  if (deferred.length === 0) problems['decision.kind'] = '容缺受理须至少有一份标为“容缺”的材料';
  for (const { line, mark, index } of marks) {
    if (mark.status === 'defective') problems[`materials.${index}.status`] = '容缺受理时材料须符合要求，或标为“容缺”';
    else if (line.required && mark.status === 'missing') problems[`materials.${index}.status`] = '必要材料缺少时不能容缺受理，请标为“容缺”或出具一次性告知书';
  }
  if (!input.decision.commitmentSigned) problems['decision.commitmentSigned'] = '请在申请人签署承诺书后勾选';
  const latest = catchUpLimit(input, deferred);
  if (input.decision.catchUpBy <= input.intakeDay) problems['decision.catchUpBy'] = '补齐期限应晚于受理当日';
  else if (latest !== null && input.decision.catchUpBy > latest) {
    problems['decision.catchUpBy'] = `补齐期限不能超过承诺时限（最迟${latest}）`;
  }
}

/** The latest catch-up day: the promised limit of the strictest matter that lists a deferred material. */
export function catchUpLimit(
  input: Pick<DecisionInput, 'matters' | 'intakeDay' | 'calendar'>,
  deferred: readonly Pick<MarkedLine, 'line'>[],
): string | null {
  const owners = new Set(deferred.flatMap(({ line }) => line.matterIds));
  const limits = input.matters.filter((m) => owners.has(m.id)).map((m) => m.promisedLimitDays);
  if (limits.length === 0) return null;
  return addWorkingDays(input.calendar, input.intakeDay, Math.min(...limits)).day;
}

/** Where a case starts after each decision. */
export const STATUS_AFTER: Record<Decision['kind'], CaseStatus> = {
  accept: 'accepted',
  deficiency: 'pendingMaterials',
  oneTime: 'notAccepted',
  refuse: 'refused',
};

