import { hallDay } from '../../../../shared/domain/clock';
import type { CaseMaterial, NoticeData } from '../../../../shared/features/intake/contract';
import {
  ApplicationTable,
  DeferredTable,
  INDEX_COLUMN,
  ListTable,
  MaterialTable,
  MatterTable,
  REQUIREMENT_COLUMNS,
  Section,
  ServiceTable,
  SheetHeader,
  Signatures,
  type Column,
  type Copy,
  type SheetProps,
} from './sections';
import { chineseDay, noticeText as t } from './text';

/** One A4 notice: the decision in words, what only this kind says, then the fields every notice carries (DOMAIN §2). */
export function NoticeSheet(props: SheetProps & { copy?: Copy }) {
  const { notice } = props;
  return (
    <article className="notice-sheet" data-testid="notice-sheet" data-kind={notice.kind}>
      <SheetHeader {...props} title={t.titles[notice.kind]} />
      <p className="notice-addressee">{notice.applicant.name}：</p>
      <p className="notice-paragraph">{opening(notice)}</p>
      <KindSection notice={notice} />
      <Section title={t.sections.application}>
        <ApplicationTable notice={notice} />
      </Section>
      <Section title={t.sections.matters}>
        <MatterTable notice={notice} />
      </Section>
      <Section title={t.sections.materials}>
        <MaterialTable materials={notice.materials} />
      </Section>
      <Section title={t.sections.service}>
        <ServiceTable notice={notice} />
      </Section>
      <Signatures notice={notice} />
    </article>
  );
}

function opening(notice: NoticeData): string {
  const day = chineseDay(hallDay(notice.receivedAt));
  const matters = notice.matters.map((m) => m.name).join('、');
  const { decision } = notice;
  // A case accepted after 补正 gets an acceptance notice while its decision stays the one-time notice.
  if (notice.kind === 'deficiency') return t.opening.deficiency(day, matters);
  if (notice.kind === 'oneTime') return t.opening.oneTime(day, matters);
  if (notice.kind === 'refuse' && decision.kind === 'refuse') return t.opening.refuse(day, matters, decision.reason);
  return t.opening.accept(day, matters);
}

function KindSection({ notice }: { notice: NoticeData }) {
  const { decision } = notice;
  if (notice.kind === 'deficiency' && decision.kind === 'deficiency') {
    return (
      <Section title={t.sections.deferred}>
        <DeferredTable materials={notice.materials} />
        <p className="notice-emphasis" data-testid="notice-catch-up">
          {t.catchUpBy(chineseDay(decision.catchUpBy))}
        </p>
        <Rules rules={t.deficiencyRules} />
      </Section>
    );
  }
  if (notice.kind === 'oneTime') {
    return (
      <Section title={t.sections.lacking}>
        <LackingTable notice={notice} />
        <Rules rules={t.oneTimeRules} />
      </Section>
    );
  }
  if (notice.kind === 'refuse' && decision.kind === 'refuse') {
    return (
      <Section title={t.sections.refusal}>
        <table className="notice-table notice-pairs">
          <tbody>
            <tr>
              <th scope="row">{t.reason}</th>
              <td data-testid="notice-refusal-detail">{decision.detail}</td>
            </tr>
            {decision.competentAgency && (
              <tr>
                <th scope="row">{t.competentAgency}</th>
                <td>{t.competentAgencyValue(decision.competentAgency)}</td>
              </tr>
            )}
          </tbody>
        </table>
        <p className="notice-emphasis">{t.rights}</p>
      </Section>
    );
  }
  return null;
}

const LACKING_COLUMNS: ReadonlyArray<Column<CaseMaterial>> = [
  INDEX_COLUMN,
  { title: t.lackingColumns.name, cell: (m) => m.name },
  { title: t.lackingColumns.problem, cell: (m) => [t.lackingProblem[m.status], m.note].filter(Boolean).join('：') },
  ...REQUIREMENT_COLUMNS,
];

/** Every material that is missing (and required) or not in form, with what it must be (行政许可法 第32条). */
function LackingTable({ notice }: { notice: NoticeData }) {
  const lacking = notice.materials.filter((m) => m.suppliedAt === null && (m.status === 'defective' || (m.status === 'missing' && m.required)));
  return <ListTable columns={LACKING_COLUMNS} rows={lacking} rowKey={(m) => m.id} rowTestId="notice-lacking" />;
}

function Rules({ rules }: { rules: readonly string[] }) {
  return (
    <ol className="notice-rules">
      {rules.map((rule) => (
        <li key={rule}>{rule}</li>
      ))}
    </ol>
  );
}
