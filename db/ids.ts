import { v7 } from 'uuid';

/** Ids are made locally and sort by creation time (UUIDv7), so no two PCs can mint the same one offline. */
export function newId(): string {
  return v7();
}
