import type { RatingRequest } from '../../../../shared/features/rating/contract';
import type { KeypadRatings } from '../../devices/keypad/session';
import type { HallDeps } from '../../deps';
import type { RatingService } from './service';

/** The ratings core as a keypad on the host sees it: the open request, the one way to end it, and its events. */
export function keypadRatings(deps: HallDeps, ratings: RatingService): KeypadRatings {
  return {
    openRequest: (windowId) => ratings.openFor(windowId),
    end: (requestId, result) => ratings.end(requestId, result),
    onChange: (listener) =>
      deps.events.subscribe('host', (event, payload) => {
        if (event === 'rating.requested') {
          const request = payload as RatingRequest;
          listener({ windowId: request.windowId, requestId: request.id, open: true });
        } else if (event === 'rating.ended') {
          const ended = payload as { requestId: string; windowId: string };
          listener({ windowId: ended.windowId, requestId: ended.requestId, open: false });
        }
      }),
  };
}
