import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { CaseDetail, CaseSuspension } from '../../../../shared/features/intake/contract';
import { outstanding } from '../../../../shared/features/intake/supplement';
import { errorText } from '../../app/errors';
import { CaseClock } from './CaseClock';
import type { SearchReturn } from './CaseResults';
import { ApplicantCard, DecisionCard, ProjectCard } from './CaseFacts';
import { DocumentsCard, MattersCard, MaterialsCard } from './CaseTables';
import './cases.css';
import { isPageKey, useKeyDown } from './keys';
import { SupplementDialog } from './SupplementDialog';
import { ResumeDialog, SuspendDialog } from './SuspensionDialogs';
import { SuspensionsCard } from './SuspensionsCard';
import { StatusTag } from './tags';
import { casesText as t } from './text';
import { TimelineCard } from './TimelineCard';
import { useCase } from './useCase';

type Dialog = { kind: 'supplement' } | { kind: 'suspend' } | { kind: 'resume'; suspension: CaseSuspension } | null;

const canSupplement = (c: CaseDetail) => (c.status === 'pendingMaterials' || c.status === 'notAccepted') && outstanding(c.materials).length > 0;
const canSuspend = (c: CaseDetail) => c.clock !== null && !c.suspensions.some((s) => s.endDay === null);

/** One case in full for the clerk: where it stands, what was handed in, its notices and everything done to it. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const { detail, error, apply } = useCase(caseId);
  const [dialog, setDialog] = useState<Dialog>(null);

  const search = (location.state as SearchReturn | null)?.search ?? '';
  const back = () => navigate(`/window/cases${search}`, { state: { search, caseId } satisfies SearchReturn });
  const documents = [...(detail?.documents ?? [])].sort((a, b) => b.issuedAt - a.issuedAt);
  const newest = documents[0];
  const printNewest = () => newest && navigate(`/window/notices/${newest.id}`);

  useKeyDown((e) => {
    if (dialog || !isPageKey(e)) return;
    // Under a Chinese input method a letter arrives as `Process`; its code still names the key.
    const letter = e.key === 'Process' ? e.code.replace(/^Key/, '') : e.key.toUpperCase();
    if (e.key === 'Escape') back();
    else if (letter === 'P') printNewest();
    else if (letter === 'B' && detail && canSupplement(detail)) setDialog({ kind: 'supplement' });
    else return;
    e.preventDefault();
  });

  if (!detail) {
    return error !== undefined ? (
      <Result status="warning" title={errorText(error)} extra={<Button onClick={back}>{t.back}</Button>} />
    ) : (
      <Spin className="case-loading" description={t.loading}>
        <div />
      </Spin>
    );
  }

  const done = (next: CaseDetail) => {
    apply(next);
    setDialog(null);
    if (dialog?.kind === 'supplement') void message.success(next.status === 'accepted' ? t.supplementDone : t.supplementSaved);
  };
  const dialogProps = { detail, onDone: done, onCancel: () => setDialog(null) };

  return (
    <div className="case-page">
      <div className="case-header">
        <Button icon={<ArrowLeftOutlined />} onClick={back}>
          {t.back} <kbd>Esc</kbd>
        </Button>
        <Typography.Title level={3} className="case-title" data-testid="case-number">
          {detail.number}
        </Typography.Title>
        <StatusTag status={detail.status} />
        <span className="case-muted">
          {t.decision}：{t.decisions[detail.decision]}
        </span>
        <span className="case-header-actions">
          {canSupplement(detail) && (
            <Button onClick={() => setDialog({ kind: 'supplement' })}>
              {t.supplement} <kbd>B</kbd>
            </Button>
          )}
          <Button type="primary" disabled={!newest} onClick={printNewest}>
            {t.printNewest} <kbd>P</kbd>
          </Button>
        </span>
      </div>
      <div className="case-grid case-grid-3">
        <CaseClock detail={detail} />
        <DecisionCard detail={detail} />
        <ApplicantCard detail={detail} />
      </div>
      <div className="case-grid case-grid-2">
        <ProjectCard detail={detail} />
        <DocumentsCard documents={documents} />
      </div>
      <MattersCard detail={detail} />
      <MaterialsCard detail={detail} />
      {(detail.suspensions.length > 0 || canSuspend(detail)) && (
        <SuspensionsCard
          suspensions={detail.suspensions}
          onSuspend={canSuspend(detail) ? () => setDialog({ kind: 'suspend' }) : undefined}
          onResume={(suspension) => setDialog({ kind: 'resume', suspension })}
        />
      )}
      <TimelineCard timeline={detail.timeline} />
      {dialog?.kind === 'supplement' && <SupplementDialog {...dialogProps} />}
      {dialog?.kind === 'suspend' && <SuspendDialog {...dialogProps} />}
      {dialog?.kind === 'resume' && <ResumeDialog {...dialogProps} suspension={dialog.suspension} />}
    </div>
  );
}
