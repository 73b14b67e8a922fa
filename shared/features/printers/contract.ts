import { z } from 'zod';
import { feature, method } from '../../api/define';
import { MANAGERS } from '../../api/roles';
import { PrinterConfigSchema } from '../../print/target';

/** `host` for the host PC's own kiosk and window screens; a paired device's id otherwise. */
export const HOST_PRINTER_KEY = 'host';
const deviceKey = z.union([z.literal(HOST_PRINTER_KEY), z.string().uuid()]);

export const PrinterEntry = z.object({
  deviceKey: z.string(),
  deviceName: z.string(),
  role: z.string(),
  config: PrinterConfigSchema.nullable(),
});
export type PrinterEntry = z.infer<typeof PrinterEntry>;

export const printersFeature = feature({
  methods: {
    mine: method({
      summary: 'Whether the calling device has a receipt printer (a kiosk without one shows the number only).',
      input: z.object({}),
      output: z.object({ configured: z.boolean(), paperWidth: z.union([z.literal(58), z.literal(80)]).nullable() }),
      devices: ['host', 'kiosk', 'window'],
    }),
    list: method({
      summary: 'Each kiosk and window device with its receipt printer, if configured.',
      input: z.object({}),
      output: z.array(PrinterEntry),
      devices: ['host'],
      staff: MANAGERS,
    }),
    set: method({
      summary: "Set (or with null, remove) a device's receipt printer.",
      input: z.object({ deviceKey, config: PrinterConfigSchema.nullable() }),
      output: PrinterEntry,
      devices: ['host'],
      staff: MANAGERS,
    }),
    test: method({
      summary: "Print a test page on a device's printer.",
      input: z.object({ deviceKey }),
      output: z.object({ printer: z.string() }),
      devices: ['host'],
      staff: MANAGERS,
    }),
  },
  events: {},
});
