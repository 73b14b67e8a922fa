import { z } from 'zod';
import { feature, method } from '../../api/define';

/** A serial port as operating systems name it: `COM3`, `/dev/ttyUSB0`, `/dev/serial/by-id/…` (or a link to one). */
const portPath = z
  .string()
  .trim()
  .min(1, '请填写串口')
  .max(200, '串口路径过长')
  .regex(/^(COM\d{1,3}|\/[A-Za-z0-9._:/+-]+)$/, '串口应为 COM3 或 /dev/ttyUSB0 这样的名称')
  .refine((s) => !s.split('/').includes('..'), '串口路径不能包含 ..');

export const KeypadConfig = z.object({
  path: portPath,
  windowId: z.string().uuid(),
  baudRate: z.union([z.literal(1200), z.literal(2400), z.literal(4800), z.literal(9600), z.literal(19200), z.literal(38400), z.literal(57600), z.literal(115200)]),
});
export type KeypadConfig = z.infer<typeof KeypadConfig>;

export const KeypadStatus = KeypadConfig.extend({
  windowName: z.string(),
  /** The port is open now (the keypad is plugged in and answering is possible). */
  connected: z.boolean(),
});
export type KeypadStatus = z.infer<typeof KeypadStatus>;

/** Button keypads on the host's serial ports (see docs/keypad-protocol.md), one window each. */
export const keypadsFeature = feature({
  methods: {
    list: method({
      summary: 'The keypads configured on this PC, with whether each port is open.',
      input: z.object({}),
      output: z.array(KeypadStatus),
      devices: ['host'],
      staff: ['admin'],
    }),
    save: method({
      summary: 'Add or change the keypad on a port; it starts at once and reopens its port whenever it comes back.',
      input: KeypadConfig,
      output: z.array(KeypadStatus),
      devices: ['host'],
      staff: ['admin'],
    }),
    remove: method({
      summary: 'Stop and forget the keypad on a port.',
      input: z.object({ path: portPath }),
      output: z.array(KeypadStatus),
      devices: ['host'],
      staff: ['admin'],
    }),
  },
  events: {},
});
