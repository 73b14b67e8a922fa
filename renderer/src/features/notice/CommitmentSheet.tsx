import { DeferredTable, SheetHeader, type SheetProps } from './sections';
import { chineseDay, noticeText as t } from './text';

/**
 * 容缺受理承诺书: the applicant promises to hand in the 容缺 materials by the catch-up day, knowing the case
 * ends if they do not. Printed after the two copies of the notice; the window keeps the signed page.
 */
export function CommitmentSheet(props: SheetProps & { catchUpBy: string }) {
  const { notice, catchUpBy } = props;
  const c = t.commitment;
  const matters = notice.matters.map((m) => m.name).join('、');
  return (
    <article className="notice-sheet" data-testid="notice-sheet" data-kind="commitment">
      <SheetHeader {...props} title={t.commitmentTitle} />
      <p className="notice-addressee">{c.addressee(notice.agencyName)}</p>
      <p className="notice-paragraph">{c.opening(notice.applicant.name, notice.applicant.idLabel, notice.applicant.idMasked, matters)}</p>
      <ol className="notice-promises">
        {c.promises(chineseDay(catchUpBy)).map((promise) => (
          <li key={promise}>{promise}</li>
        ))}
      </ol>
      <DeferredTable materials={notice.materials} />
      <p className="notice-small">{c.reference(notice.documentNumber, notice.caseNumber)}</p>
      <footer className="notice-commitment-signatures">
        <p>
          {c.signer}
          <span className="notice-blank" />
        </p>
        <p>
          {c.representative}
          <span className="notice-blank" />
        </p>
        <p>{c.date}</p>
        <p>{c.receivedBy(t.clerkValue(notice.clerk.name, notice.clerk.jobNumber))}</p>
      </footer>
    </article>
  );
}
