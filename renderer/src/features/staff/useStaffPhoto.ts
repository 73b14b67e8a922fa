import { useEffect, useReducer } from 'react';
import type { StaffEntry } from '../../../../shared/features/staff/contract';
import { api } from '../../api/hall';

/** Whose photo: `hall.windows`, `rating.open` and `staff.list` all say which version of it there is. */
export type PhotoOwner = Pick<StaffEntry, 'id' | 'name' | 'photoVersion'>;

/** Photos fetched so far, by `staffId:version`. A version names one photo for good, so an entry never goes stale. */
const photos = new Map<string, string>();
const KEEP = 100;

function remember(key: string, dataUrl: string): void {
  photos.delete(key);
  photos.set(key, dataUrl);
  if (photos.size > KEEP) photos.delete(photos.keys().next().value!);
}

/**
 * The photo (a data URL) of a staff member, or null while they have none or it is on its way. Each version is
 * fetched once, so a pad fetches again only when its clerk or the clerk's photo changes. A failed fetch (the
 * host away, the clerk just signed out) leaves the initial in place.
 */
export function useStaffPhoto({ id, photoVersion }: PhotoOwner): string | null {
  const key = photoVersion ? `${id}:${photoVersion}` : null;
  const [, fetched] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!key || photos.has(key)) return;
    let live = true;
    api.staff.photo({ staffId: id }).then(
      (photo) => {
        if (photo) remember(`${photo.staffId}:${photo.version}`, photo.dataUrl);
        if (live) fetched();
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key, id]);
  return key ? (photos.get(key) ?? null) : null;
}
