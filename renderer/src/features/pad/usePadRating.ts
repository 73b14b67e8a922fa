import { useEffect, useReducer, useRef } from 'react';
import { HallError } from '../../../../shared/api/errors';
import { RATING_ERRORS, type Level, type Reason, type RatingRequest } from '../../../../shared/features/rating/contract';
import { api } from '../../api/hall';
import { background } from '../../app/background';
import { errorText } from '../../app/errors';
import { useHallEvent, useOnReconnect } from '../../app/hooks';
import { IDLE, padReducer } from './padState';
import { untilAnswered } from './untilAnswered';

const THANKS_MS = 5_000;

export interface Choice {
  level: Level;
  reasons: Reason[];
  text: string;
}

/** Refusals that mean the request can no longer be rated from this pad: the pad just goes back to its welcome. */
const OVER: readonly string[] = [RATING_ERRORS.closed, RATING_ERRORS.notFound, RATING_ERRORS.alreadyRated];
const isOver = (error: unknown) => error instanceof HallError && OVER.includes(error.code);

/**
 * The rating side of a window's pad: which request to show (asked on mount and after every reconnect, then
 * kept current by the rating events of this window), sending the applicant's choice, and the thank-you.
 */
export function usePadRating(windowId: string) {
  const [state, dispatch] = useReducer(padReducer, IDLE);
  const show = (request: RatingRequest | null) => dispatch({ type: 'open', request, at: Date.now() });
  // Rating events of this window heard so far: an answer to `rating.open` asked before the latest one is
  // older news than the event (it would drop a request just shown, or bring back one just ended).
  const heard = useRef(0);

  useOnReconnect(async () => {
    const asked = heard.current;
    const open = await api.rating.open({ windowId });
    if (heard.current === asked) show(open);
  });
  useHallEvent('rating.requested', (request) => {
    if (request.windowId !== windowId) return;
    heard.current += 1;
    show(request);
  });
  useHallEvent('rating.ended', (ended) => {
    if (ended.windowId !== windowId) return;
    heard.current += 1;
    dispatch({ type: 'ended', requestId: ended.requestId });
  });

  const thanking = state.phase === 'thanks' ? state.requestId : null;
  useEffect(() => {
    if (!thanking) return;
    const timer = setTimeout(() => dispatch({ type: 'over', requestId: thanking }), THANKS_MS);
    return () => clearTimeout(timer);
  }, [thanking]);

  const submit = async (requestId: string, choice: Choice) => {
    dispatch({ type: 'sending' });
    try {
      await untilAnswered(
        () => api.rating.submit({ requestId, ...choice }),
        () => dispatch({ type: 'retrying', requestId }),
      );
      dispatch({ type: 'rated', requestId });
    } catch (error) {
      dispatch(isOver(error) ? { type: 'over', requestId } : { type: 'refused', requestId, error: errorText(error) });
    }
  };

  /** The applicant is done with the pad at once; the host gets the record when it answers (or sweeps the request as interrupted). */
  const notRated = (requestId: string, reason: 'timeout' | 'declined') => {
    dispatch({ type: 'over', requestId });
    background(
      untilAnswered(() => api.rating.notRated({ requestId, reason })).catch((error: unknown) => {
        if (!isOver(error)) throw error;
      }),
    );
  };

  return { state, submit, notRated };
}
