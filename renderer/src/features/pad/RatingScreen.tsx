import { FrownFilled, FrownOutlined, MehOutlined, SmileFilled, SmileOutlined } from '@ant-design/icons';
import { Button, Input, Tag } from 'antd';
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { BAD_LEVELS, LEVELS, REASONS, type Level, type Reason } from '../../../../shared/features/rating/contract';
import { ratingProblem } from '../../../../shared/features/rating/rules';
import { useNow } from '../../app/hooks';
import { FOLLOW_UP_RATING, LEVEL_LABELS, REASON_LABELS, STEP_LABELS } from '../ratings/labels';
import { ClerkAvatar } from '../staff/ClerkAvatar';
import type { Shown } from './padState';
import { padText as t } from './text';
import type { Choice } from './usePadRating';

/** The contract's limit on the applicant's text. */
const TEXT_MAX = 500;

const LEVEL_ICONS: Record<Level, ReactNode> = {
  verySatisfied: <SmileFilled />,
  satisfied: <SmileOutlined />,
  basic: <MehOutlined />,
  dissatisfied: <FrownOutlined />,
  veryDissatisfied: <FrownFilled />,
};

interface Props {
  shown: Shown;
  sending: boolean;
  retrying: boolean;
  /** The host's refusal of the last attempt, if any. */
  error: string | null;
  onSubmit(choice: Choice): void;
  onDecline(): void;
  onTimeout(): void;
}

/**
 * The rating itself. Nothing is chosen until the applicant presses a level, and only that level is ever sent
 * (staff may not hint or default, DOMAIN §6). A bad level asks why before it goes. The countdown stops while
 * a rating is being sent: the applicant has rated, and the host's answer decides what follows.
 */
export function RatingScreen({ shown, sending, retrying, error, onSubmit, onDecline, onTimeout }: Props) {
  const { request, deadline } = shown;
  const [level, setLevel] = useState<Level | null>(null);
  const [reasons, setReasons] = useState<Reason[]>([]);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const bad = level !== null && BAD_LEVELS.includes(level);
  const now = useNow();
  const secondsLeft = Math.max(0, Math.ceil((deadline - now) / 1000));

  const timeUp = useEffectEvent(onTimeout);
  useEffect(() => {
    if (sending) return;
    const timer = setTimeout(() => timeUp(), deadline - Date.now());
    return () => clearTimeout(timer);
  }, [deadline, sending]);

  const send = () => {
    if (!level) return;
    // Reasons and text belong to a bad rating; ones left over from a level the applicant moved away from are not sent.
    const choice: Choice = bad ? { level, reasons, text: text.trim() } : { level, reasons: [], text: '' };
    const why = ratingProblem(choice.level, choice.reasons, choice.text);
    setProblem(why);
    if (!why) onSubmit(choice);
  };
  const toggle = (reason: Reason) => {
    setReasons((rs) => (rs.includes(reason) ? rs.filter((r) => r !== reason) : [...rs, reason]));
    setProblem(null);
  };

  const message = sending ? (retrying ? t.retrying : t.sending) : (problem ?? error);
  return (
    <div className="pad-rating" data-testid="pad-rating">
      <header className="pad-rating-head">
        <div className="pad-rating-title">
          {t.rateTitle}
          {request.ratingNo === 2 && <Tag className="pad-follow-up">{FOLLOW_UP_RATING}</Tag>}
        </div>
        {!sending && (
          <div className="pad-countdown" role="timer">
            {t.countdown} <strong data-testid="pad-countdown">{t.secondsLeft(secondsLeft)}</strong>
          </div>
        )}
      </header>
      <section className="pad-service">
        <ClerkAvatar person={request.clerk} size={120} className="pad-face" />
        <dl className="pad-facts">
          <Fact term={t.window}>{request.windowName}</Fact>
          <Fact term={t.clerk}>{`${request.clerk.name}（${t.jobNumber} ${request.clerk.jobNumber}）`}</Fact>
          <Fact term={t.step}>{STEP_LABELS[request.step]}</Fact>
          {request.caseNumber && <Fact term={t.caseNumber}>{request.caseNumber}</Fact>}
          {request.matterNames.length > 0 && <Fact term={t.matters}>{request.matterNames.join('、')}</Fact>}
        </dl>
      </section>
      <div className="pad-levels">
        {LEVELS.map((l) => (
          <Button
            key={l}
            className={`pad-level pad-level-${l}`}
            aria-pressed={level === l}
            disabled={sending}
            onClick={() => {
              setLevel(l);
              setProblem(null);
            }}
          >
            <span className="pad-level-icon" aria-hidden>
              {LEVEL_ICONS[l]}
            </span>
            {LEVEL_LABELS[l]}
          </Button>
        ))}
      </div>
      {bad && (
        <div className="pad-bad">
          <div className="pad-reasons-title">{t.reasonsTitle}</div>
          <div className="pad-reasons">
            {REASONS.map((r) => (
              <Button
                key={r}
                className="pad-reason"
                type={reasons.includes(r) ? 'primary' : 'default'}
                aria-pressed={reasons.includes(r)}
                autoInsertSpace={false}
                disabled={sending}
                onClick={() => toggle(r)}
              >
                {REASON_LABELS[r]}
              </Button>
            ))}
          </div>
          <Input.TextArea
            className="pad-text"
            aria-label={t.textPlaceholder}
            placeholder={t.textPlaceholder}
            value={text}
            maxLength={TEXT_MAX}
            showCount
            autoSize={{ minRows: 2, maxRows: 3 }}
            disabled={sending}
            onChange={(e) => {
              setText(e.target.value);
              setProblem(null);
            }}
          />
        </div>
      )}
      <footer className="pad-actions">
        <Button className="pad-action" disabled={sending} onClick={onDecline}>
          {t.decline}
        </Button>
        <div className={`pad-message${sending ? '' : ' pad-message-problem'}`} role="alert">
          {message}
        </div>
        <Button type="primary" className="pad-action" disabled={!level} loading={sending} onClick={send}>
          {t.submit}
        </Button>
      </footer>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div className="pad-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
