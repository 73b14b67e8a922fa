import { CommitmentSheet } from './CommitmentSheet';
import { NoticeSheet } from './NoticeSheet';
import type { SheetProps } from './sections';
import { noticeText as t } from './text';

/**
 * Every page one print produces. A 容缺受理通知书 comes in two copies (DOMAIN §2), so its sheet is repeated as
 * 第一联/第二联 and followed by the 承诺书: one print gives the applicant and the window what each keeps,
 * whatever copy count the printer dialog was left at.
 */
export function NoticeDocument(props: SheetProps) {
  const { decision } = props.notice;
  if (props.notice.kind === 'deficiency' && decision.kind === 'deficiency') {
    return (
      <div className="notice-sheets">
        {t.copies.map((copy) => (
          <NoticeSheet key={copy.name} {...props} copy={copy} />
        ))}
        <CommitmentSheet {...props} catchUpBy={decision.catchUpBy} />
      </div>
    );
  }
  return (
    <div className="notice-sheets">
      <NoticeSheet {...props} />
    </div>
  );
}
