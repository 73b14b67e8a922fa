import type { RatingRequest } from '../../../../shared/features/rating/contract';

/**
 * A request on screen, and when this pad gives up on it: counted from when the pad first showed it, since a
 * tablet's clock need not agree with the host's. The host's own sweep (a grace period after its time-out)
 * closes any request a pad never answers.
 */
export interface Shown {
  request: RatingRequest;
  deadline: number;
}

export type PadState =
  | { phase: 'idle' }
  | { phase: 'rating'; shown: Shown; error: string | null }
  | { phase: 'sending'; shown: Shown; retrying: boolean }
  | { phase: 'thanks'; requestId: string };

export type PadAction =
  /** What the host says is open now (`rating.open`, or `rating.requested` for this window); null for nothing. */
  | { type: 'open'; request: RatingRequest | null; at: number }
  /** The host ended a request: the clerk withdrew it, a keypad rated it, or it timed out on the host. */
  | { type: 'ended'; requestId: string }
  | { type: 'sending' }
  | { type: 'retrying'; requestId: string }
  | { type: 'rated'; requestId: string }
  /** The request is over for this pad: declined, timed out, thanked, or the host says it was closed meanwhile. */
  | { type: 'over'; requestId: string }
  /** The host refused the rating as given; the applicant may change it. */
  | { type: 'refused'; requestId: string; error: string };

export const IDLE: PadState = { phase: 'idle' };

function currentId(state: PadState): string | null {
  if (state.phase === 'rating' || state.phase === 'sending') return state.shown.request.id;
  return state.phase === 'thanks' ? state.requestId : null;
}

/**
 * The pad's screens as one state machine. Answers and events arrive in any order (the `rating.ended` of the
 * pad's own submit usually beats the submit's answer), so each one names its request and is ignored once the
 * pad has moved on; a rating being sent is finished by its answer, not by an event.
 */
export function padReducer(state: PadState, action: PadAction): PadState {
  const current = currentId(state);
  const mine = 'requestId' in action && action.requestId === current;
  switch (action.type) {
    case 'open':
      if (!action.request) return state.phase === 'rating' ? IDLE : state;
      if (action.request.id === current) return state;
      return { phase: 'rating', shown: { request: action.request, deadline: action.at + action.request.timeoutSeconds * 1000 }, error: null };
    case 'ended':
      return state.phase === 'rating' && mine ? IDLE : state;
    case 'sending':
      return state.phase === 'rating' ? { phase: 'sending', shown: state.shown, retrying: false } : state;
    case 'retrying':
      return state.phase === 'sending' && mine ? { ...state, retrying: true } : state;
    case 'rated':
      return state.phase === 'sending' && mine ? { phase: 'thanks', requestId: action.requestId } : state;
    case 'over':
      return mine ? IDLE : state;
    case 'refused':
      return state.phase === 'sending' && mine ? { phase: 'rating', shown: state.shown, error: action.error } : state;
  }
}
