import { z } from 'zod';
import { feature, method } from '../../api/define';
import { ALL_DEVICES, DEVICE_ROLES, MANAGERS, PAIRABLE_ROLES } from '../../api/roles';
import { plainText } from '../../domain/text';

export const PairingCode = z.object({ code: z.string(), expiresAt: z.number() });

export const PairedDevice = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(PAIRABLE_ROLES),
  pairedAt: z.number(),
  lastSeenAt: z.number().nullable(),
  revoked: z.boolean(),
});
export type PairedDevice = z.infer<typeof PairedDevice>;

export const WhoAmI = z.object({
  role: z.enum(DEVICE_ROLES).nullable(),
  deviceId: z.string().nullable(),
  name: z.string().nullable(),
  /** Host screens (loopback and IPC) need no pairing. */
  needsPairing: z.boolean(),
});
export type WhoAmI = z.infer<typeof WhoAmI>;

export const pairingCodeInput = z.string().trim().regex(/^\d{6}$/, '配对码应为6位数字');

export const devicesFeature = feature({
  methods: {
    whoami: method({
      summary: 'Which device role this caller has, and whether it must pair first.',
      input: z.object({}),
      output: WhoAmI,
      devices: ALL_DEVICES,
      beforePairing: true,
    }),
    pairingCode: method({
      summary: 'The current pairing code shown on the host admin page (rotates; single use).',
      input: z.object({}),
      output: PairingCode,
      devices: ['host'],
      staff: MANAGERS,
    }),
    pair: method({
      summary: 'Pair a LAN device with the code from the host; returns the device token for later calls.',
      input: z.object({ code: pairingCodeInput, role: z.enum(PAIRABLE_ROLES), name: plainText('设备名称', 30) }),
      output: z.object({ token: z.string(), device: PairedDevice }),
      devices: ALL_DEVICES,
      beforePairing: true,
    }),
    list: method({
      summary: 'Paired LAN devices.',
      input: z.object({}),
      output: z.array(PairedDevice),
      devices: ['host'],
      staff: MANAGERS,
    }),
    revoke: method({
      summary: 'Revoke a paired device; its token stops working at once.',
      input: z.object({ deviceId: z.string().uuid() }),
      output: PairedDevice,
      devices: ['host'],
      staff: MANAGERS,
    }),
  },
  events: {},
});
