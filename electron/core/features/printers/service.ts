import { HallError } from '../../../../shared/api/errors';
import { hallDay, hallTime } from '../../../../shared/domain/clock';
import type { PrintDocument } from '../../../../shared/print/document';
import { cut, rule, text } from '../../../../shared/print/document';
import { describePrinterTarget, PRINT_ERRORS, PrinterConfigSchema, printerColumns } from '../../../../shared/print/target';
import { HOST_PRINTER_KEY, type PrinterEntry, type printersFeature } from '../../../../shared/features/printers/contract';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { listPairedDevices } from '../../../../db/hall/repositories/devices';
import { getHallInfo } from '../../../../db/hall/repositories/hall';
import { getPrinterConfig, setPrinterConfig } from '../../../../db/hall/repositories/printers';
import type { CallContext } from '../../api/context';
import { actorOf } from '../../api/context';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';
import { encodeEscPos } from '../../devices/printer/escpos';
import { sendToPrinter } from '../../devices/printer/transports';

export interface Printing {
  handlers: FeatureHandlers<typeof printersFeature>;
  /** Prints on the printer of the device that made the call; returns the printer it went to. */
  printFor(ctx: CallContext, doc: PrintDocument, what: string, subjectId: string): Promise<string>;
}

/** Receipt printers per device: the host's own screens share `host`; each paired kiosk or window has its own. */
export function createPrinting(deps: HallDeps): Printing {
  const { store, now } = deps;

  function configOf(deviceKey: string) {
    const stored = getPrinterConfig(store.db, deviceKey);
    if (stored === null) return null;
    const parsed = PrinterConfigSchema.safeParse(stored);
    if (!parsed.success) throw new HallError(PRINT_ERRORS.invalidTarget, 'The stored printer settings are not valid; set them again');
    return parsed.data;
  }

  const deviceKeyOf = (ctx: CallContext) => (ctx.device.role === 'host' || ctx.device.id === null ? HOST_PRINTER_KEY : ctx.device.id);

  async function printOn(deviceKey: string, doc: PrintDocument): Promise<string> {
    const config = configOf(deviceKey);
    if (!config) throw new HallError('printer/not-configured', 'No receipt printer is set for this device');
    await sendToPrinter(config.target, encodeEscPos(doc, { columns: printerColumns(config) }));
    return describePrinterTarget(config.target);
  }

  function entries(): PrinterEntry[] {
    const devices = listPairedDevices(store.db).filter((d) => !d.revoked && (d.role === 'kiosk' || d.role === 'window'));
    return [
      { deviceKey: HOST_PRINTER_KEY, deviceName: '大厅主机', role: 'host', config: configOf(HOST_PRINTER_KEY) },
      ...devices.map((d) => ({ deviceKey: d.id, deviceName: d.name, role: d.role, config: configOf(d.id) })),
    ];
  }

  return {
    handlers: {
      mine: (_input, ctx) => {
        const config = configOf(deviceKeyOf(ctx));
        return { configured: config !== null, paperWidth: config?.paperWidth ?? null };
      },
      list: () => entries(),
      set: (input, ctx) => {
        if (!entries().some((e) => e.deviceKey === input.deviceKey)) throw new HallError('printer/no-device', 'No such kiosk or window device');
        store.db.transaction((tx) => {
          setPrinterConfig(tx, input.deviceKey, input.config, now());
          recordActivity(tx, actorOf(ctx, store.deviceId), now(), 'printers.set', input.deviceKey);
        });
        return entries().find((e) => e.deviceKey === input.deviceKey)!;
      },
      test: async ({ deviceKey }) => {
        const at = now();
        const doc: PrintDocument = {
          blocks: [text(getHallInfo(store.db)?.name ?? 'OneWindow', { align: 'center', bold: true }), text('打印机测试页', { align: 'center', size: 2 }), rule(), text(`${hallDay(at)} ${hallTime(at)}`), text('中文打印正常：一窗受理、集成服务'), cut()],
        };
        return { printer: await printOn(deviceKey, doc) };
      },
    },

    async printFor(ctx, doc, what, subjectId) {
      try {
        const printer = await printOn(deviceKeyOf(ctx), doc);
        recordActivity(store.db, actorOf(ctx, store.deviceId), now(), what, subjectId, { printer });
        return printer;
      } catch (error) {
        const code = error instanceof HallError ? error.code : 'printer/io';
        recordActivity(store.db, actorOf(ctx, store.deviceId), now(), `${what}.failed`, subjectId, { code });
        throw error;
      }
    },
  };
}
