/**
 * Who may call what. A device role says which screen a caller is (a paired LAN device, or the host's own
 * screens on loopback and over IPC); a staff role says what the signed-in person may do.
 */
export const DEVICE_ROLES = ['host', 'window', 'kiosk', 'board', 'pad'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

/** The roles a LAN device may pair as; `host` is only ever the host PC itself. */
export const PAIRABLE_ROLES = ['window', 'kiosk', 'board', 'pad'] as const;
export type PairableRole = (typeof PAIRABLE_ROLES)[number];

export const STAFF_ROLES = ['clerk', 'pickup', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ALL_DEVICES: readonly DeviceRole[] = DEVICE_ROLES;
export const ANY_STAFF: readonly StaffRole[] = STAFF_ROLES;
export const MANAGERS: readonly StaffRole[] = ['supervisor', 'admin'];
