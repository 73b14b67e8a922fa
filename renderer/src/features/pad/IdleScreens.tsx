import { CheckCircleFilled, PauseCircleFilled } from '@ant-design/icons';
import { Result, Typography } from 'antd';
import type { HallWindow } from '../../../../shared/features/hall/contract';
import { ClerkAvatar } from '../staff/ClerkAvatar';
import { padText as t } from './text';

type Clerk = NonNullable<HallWindow['clerk']>;

function ClerkLine({ clerk, windowName }: { clerk: Clerk; windowName: string }) {
  return (
    <div className="pad-meta">
      {t.jobNumber} {clerk.jobNumber} · {windowName}
    </div>
  );
}

/** Between applicants: who serves at this window, and that a rating will follow. */
export function WelcomeScreen({ clerk, windowName }: { clerk: Clerk; windowName: string }) {
  return (
    <div className="pad" data-testid="pad-welcome">
      <Typography.Title className="pad-title">{t.welcome}</Typography.Title>
      <ClerkAvatar person={clerk} size={200} className="pad-face" />
      <div className="pad-clerk">
        {t.serving} <strong>{clerk.name}</strong>
      </div>
      <ClerkLine clerk={clerk} windowName={windowName} />
      <Typography.Paragraph className="pad-hint">{t.hint}</Typography.Paragraph>
    </div>
  );
}

/** The clerk has paused the window: applicants see why, and that someone is coming back. */
export function PausedScreen({ clerk, windowName, reason }: { clerk: Clerk; windowName: string; reason: string | null }) {
  return (
    <div className="pad pad-paused" data-testid="pad-paused">
      <PauseCircleFilled className="pad-paused-icon" />
      <div className="pad-title">{t.paused}</div>
      {reason && <div className="pad-pause-reason">{t.pauseReason(reason)}</div>}
      <div className="pad-paused-clerk">
        <ClerkAvatar person={clerk} size={120} className="pad-face" />
        <div>
          <div className="pad-clerk">{clerk.name}</div>
          <ClerkLine clerk={clerk} windowName={windowName} />
        </div>
      </div>
      <Typography.Paragraph className="pad-hint">{t.pausedHint}</Typography.Paragraph>
    </div>
  );
}

/** Nobody is signed in at the window. */
export function ClosedScreen({ windowName }: { windowName: string }) {
  return (
    <div className="pad" data-testid="pad-closed">
      <Result status="info" title={<span className="pad-title">{t.closed}</span>} subTitle={<span className="pad-meta">{`${windowName} · ${t.closedHint}`}</span>} />
    </div>
  );
}

export function ThanksScreen() {
  return (
    <div className="pad" data-testid="pad-thanks">
      <CheckCircleFilled className="pad-thanks-icon" />
      <div className="pad-title">{t.thanks}</div>
      <Typography.Paragraph className="pad-hint">{t.thanksHint}</Typography.Paragraph>
    </div>
  );
}
