import type { ReactNode } from 'react';
import { hallDay } from '../../../../shared/domain/clock';
import type { CaseMaterial, CaseMatter, NoticeData } from '../../../../shared/features/intake/contract';
import { chineseDateTime, chineseDay, noticeText as t } from './text';

/** The parts every notice (and the 承诺书) shares: header, application, matters, materials, service, signatures. */

export interface SheetProps {
  notice: NoticeData;
  /** The case number's QR code as a data URL; null while it is being drawn. */
  qr: string | null;
  /** Printed before: this paper is a reprint (补打) with the same number. */
  reprint: boolean;
}

/** Which of a notice's copies (联) a sheet is, and who keeps it. */
export type Copy = (typeof t.copies)[number];

export function SheetHeader({ notice, qr, reprint, title, copy }: SheetProps & { title: string; copy?: Copy }) {
  return (
    <header className="notice-header">
      <div className="notice-header-side">
        {reprint && (
          <div className="notice-reprint" data-testid="notice-reprint">
            {t.reprint}
          </div>
        )}
        {copy && (
          <div className="notice-copy">
            <strong>{copy.name}</strong>
            <br />
            {copy.keeper}
          </div>
        )}
      </div>
      <div className="notice-heading">
        <div className="notice-agency">{notice.agencyName}</div>
        <h1 className="notice-title">{title}</h1>
        <div className="notice-number">{notice.documentNumber}</div>
      </div>
      <figure className="notice-qr">
        {qr && <img src={qr} alt={`${t.caseNumber}${notice.caseNumber}`} data-testid="notice-qr" />}
        <figcaption>
          {t.scanToQuery}
          <br />
          {notice.caseNumber}
        </figcaption>
      </figure>
    </header>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="notice-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Label/value pairs, two pairs a row; a pair alone in its row takes the whole width. */
function Pairs({ rows }: { rows: Array<Array<[string, ReactNode]>> }) {
  return (
    <table className="notice-table notice-pairs">
      <tbody>
        {rows.map((row) => (
          <tr key={row[0]![0]}>
            {row.map(([label, value]) => [
              <th key={`${label}-label`} scope="row">
                {label}
              </th>,
              <td key={label} colSpan={row.length === 1 ? 3 : 1}>
                {value}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ApplicationTable({ notice }: { notice: NoticeData }) {
  const { applicant, project } = notice;
  const rows: Array<Array<[string, ReactNode]>> = [
    [
      [t.applicant, applicant.name],
      [applicant.idLabel, applicant.idMasked],
    ],
    [
      [t.contact, applicant.contact || t.none],
      [t.phone, applicant.phoneMasked],
    ],
  ];
  if (applicant.agent) rows.push([[t.agent, applicant.agent]]);
  rows.push(
    [[t.project, project.name]],
    [
      [t.projectCode, project.code || t.none],
      [t.stage, notice.stageName],
    ],
    [
      [t.caseNumber, notice.caseNumber],
      [t.receivedAt, chineseDateTime(notice.receivedAt)],
    ],
  );
  return <Pairs rows={rows} />;
}

function completionText(notice: NoticeData): string {
  if (notice.kind === 'oneTime') return t.completionPending;
  if (notice.kind === 'refuse') return t.completionNotApplicable;
  return notice.expectedCompletionDay ? chineseDay(notice.expectedCompletionDay) : t.none;
}

export interface Column<T> {
  title: string;
  className?: string;
  cell: (row: T, index: number) => ReactNode;
}

/** The 序号 column every list on the notices starts with. */
export const INDEX_COLUMN: Column<unknown> = { title: t.index, className: 'notice-index', cell: (_row, index) => index + 1 };

/** A list as a ruled table; `children` are extra rows under it (a total, a remark). */
export function ListTable<T>(props: {
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowTestId?: string;
  children?: ReactNode;
}) {
  const { columns, rows, rowKey, rowTestId, children } = props;
  return (
    <table className="notice-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.title} className={c.className}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row)} data-testid={rowTestId}>
            {columns.map((c) => (
              <td key={c.title} className={c.className}>
                {c.cell(row, index)}
              </td>
            ))}
          </tr>
        ))}
        {children}
      </tbody>
    </table>
  );
}

const MATTER_COLUMNS: ReadonlyArray<Column<CaseMatter>> = [
  INDEX_COLUMN,
  { title: t.matterColumns.name, cell: (m) => m.name },
  { title: t.matterColumns.department, className: 'notice-department', cell: (m) => m.department },
  { title: t.matterColumns.basis, cell: (m) => m.legalBasis },
  { title: t.matterColumns.legal, className: 'notice-days', cell: (m) => t.workingDays(m.legalLimitDays) },
  { title: t.matterColumns.promised, className: 'notice-days', cell: (m) => (m.onTheSpot ? t.onTheSpot : t.workingDays(m.promisedLimitDays)) },
];

export function MatterTable({ notice }: { notice: NoticeData }) {
  return (
    <ListTable columns={MATTER_COLUMNS} rows={notice.matters} rowKey={(m) => m.matterId}>
      <tr>
        <th colSpan={2} scope="row">
          {t.expectedCompletion}
        </th>
        <td colSpan={MATTER_COLUMNS.length - 2} data-testid="notice-completion">
          <strong>{completionText(notice)}</strong>
          {notice.beyondCalendar && notice.expectedCompletionDay && <span className="notice-warning">{t.beyondCalendar}</span>}
          <div className="notice-small">{t.limitsNote}</div>
        </td>
      </tr>
    </ListTable>
  );
}

function statusText(m: CaseMaterial): string {
  if (m.suppliedAt !== null) return t.supplied;
  if (m.status === 'missing' && !m.required) return t.optionalMissing;
  return t.statuses[m.status];
}

const MATERIAL_COLUMNS: ReadonlyArray<Column<CaseMaterial>> = [
  INDEX_COLUMN,
  { title: t.materialColumns.name, cell: (m) => m.name },
  { title: t.materialColumns.form, className: 'notice-form', cell: (m) => (m.form ? t.forms[m.form] : t.none) },
  { title: t.materialColumns.copies, className: 'notice-copies', cell: (m) => (m.form ? m.copies : t.none) },
  { title: t.materialColumns.status, className: 'notice-status', cell: statusText },
  { title: t.materialColumns.note, cell: (m) => m.note },
];

export function MaterialTable({ materials }: { materials: readonly CaseMaterial[] }) {
  return <ListTable columns={MATERIAL_COLUMNS} rows={materials} rowKey={(m) => m.id} />;
}

/** What an applicant must still hand in: the form and copies asked for, and the standard they must meet. */
export const REQUIREMENT_COLUMNS: ReadonlyArray<Column<CaseMaterial>> = [
  { title: t.requirementColumns.form, className: 'notice-form', cell: (m) => t.requirement(t.forms[m.requiredForm], m.requiredCopies) },
  { title: t.requirementColumns.standard, cell: (m) => m.standard },
];

const DEFERRED_COLUMNS: ReadonlyArray<Column<CaseMaterial>> = [INDEX_COLUMN, { title: t.deferredColumns.name, cell: (m) => m.name }, ...REQUIREMENT_COLUMNS];

export function DeferredTable({ materials }: { materials: readonly CaseMaterial[] }) {
  return <ListTable columns={DEFERRED_COLUMNS} rows={materials.filter((m) => m.status === 'deferred')} rowKey={(m) => m.id} />;
}

export function ServiceTable({ notice }: { notice: NoticeData }) {
  const { delivery } = notice;
  return (
    <Pairs
      rows={[
        [
          [t.clerk, t.clerkValue(notice.clerk.name, notice.clerk.jobNumber)],
          [t.window, notice.window?.name ?? t.none],
        ],
        [[t.query, t.queryValue(notice.hallPhone, notice.caseNumber)]],
        [[t.collect, delivery.method === 'ems' ? t.collectEms(delivery.address ?? '') : t.collectInPerson(notice.hallName)]],
        [[t.supervision, t.supervisionValue(notice.supervisionPhone)]],
      ]}
    />
  );
}

/**
 * The applicant signs with the time; the agency stamps its seal where the dashed circle is. Never an image
 * of a seal: a printed seal would make every copy look stamped.
 */
export function Signatures({ notice }: { notice: NoticeData }) {
  return (
    <footer className="notice-signatures">
      <div className="notice-sign">
        <p>
          {t.applicantSignature}
          <span className="notice-blank" />
        </p>
        <p>{t.signedAt}</p>
      </div>
      <div className="notice-issuer">
        <div className="notice-seal" data-testid="notice-seal" aria-label={t.sealPlace(notice.agencyName)}>
          {t.seal}
        </div>
        <p>{notice.agencyName}</p>
        <p>{chineseDay(hallDay(notice.issuedAt))}</p>
      </div>
    </footer>
  );
}
