import { v5 } from 'uuid';

/** Fixed namespace of OneWindow catalog rows (a random UUID chosen once). */
const NAMESPACE = '6f1c2a4e-8f0b-4c55-9e57-2b1d3c4a5e60';

/**
 * Row ids of a catalog version, derived from the version number and the codes: whoever stores the same version
 * (the county publishing it, a demo hall seeding it) gives its rows the same ids, so a pull of a version a hall
 * already holds changes nothing.
 */
export function catalogRowIds(version: number) {
  const id = (...parts: Array<string | number>) => v5(['catalog', version, ...parts].join('\u0000'), NAMESPACE);
  return {
    version: id(),
    stage: (stageCode: string) => id('stage', stageCode),
    matter: (matterCode: string) => id('matter', matterCode),
    material: (matterCode: string, index: number) => id('material', matterCode, index),
  };
}
