import { Alert, Button, Spin } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { makeCalendar } from '../../../../shared/domain/calendar';
import { api } from '../../api/hall';
import { errorText } from '../../app/errors';
import { useRemote } from '../../app/hooks';
import { appText } from '../../app/text';
import { IntakeForm } from './IntakeForm';
import { intakeText as t } from './text';
import './intake.css';

/** The catalog in force and, when the intake starts from a ticket, what the ticket tells about the applicant. */
async function loadStart(ticketId: string | null) {
  const [catalog, calendar, prefill] = await Promise.all([
    api.catalog.current({}),
    api.catalog.calendar({}),
    // A ticket that cannot be read does not stop the intake: the clerk types what it would have filled.
    ticketId ? api.intake.prefill({ ticketId }).catch(() => null) : null,
  ]);
  return { catalog, calendar: makeCalendar(calendar), prefill };
}

/** 一窗受理 at the comprehensive window: `/window/intake?ticket=<ticketId>` starts from the ticket being served. */
export function IntakePage() {
  const [params] = useSearchParams();
  const ticketId = params.get('ticket');
  return <IntakeStart key={ticketId} ticketId={ticketId} />;
}

function IntakeStart({ ticketId }: { ticketId: string | null }) {
  const navigate = useNavigate();
  const start = useRemote(() => loadStart(ticketId));
  if (start.loading) return <Spin className="intake-loading" description={t.loading} />;
  const catalog = start.data?.catalog;
  const calendar = start.data?.calendar;
  if (!catalog || !calendar) {
    return (
      <div className="center-page">
        <Alert
          type="error"
          showIcon
          title={start.data ? appText.errors['intake/no-catalog'] : errorText(start.error)}
          action={<Button onClick={() => void navigate('/window')}>{t.back}</Button>}
        />
      </div>
    );
  }
  const prefill = start.data?.prefill ?? null;
  return <IntakeForm catalog={catalog} calendar={calendar} prefill={prefill} ticketId={prefill ? ticketId : null} prefillFailed={Boolean(ticketId) && !prefill} />;
}
