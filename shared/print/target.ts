import { z } from 'zod';
import { PAPER_COLUMNS } from './document';

/**
 * Where a kiosk's (or window's) receipt printer is, as stored config and as part of the API contract.
 * `sendToPrinter` (electron/core/devices/printer/transports.ts) sends ESC/POS bytes to it.
 *
 * - `tcp`: a network printer's raw port (JetDirect, 9100).
 * - `serial`: a serial port (`/dev/ttyUSB0`, `COM3`) at `baudRate` (8N1, no flow control).
 * - `file`: a device file the OS exposes for a USB printer (`/dev/usb/lp0`); it must exist, it is never created.
 */
export const DEFAULT_PRINTER_PORT = 9100;

const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;
const devicePath = z.string().trim().min(1).max(260).regex(NO_CONTROL, 'no control characters');
/** A host name or an IPv4/IPv6 address (no scheme, no port). */
const host = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:[\]_-]+$/, 'a host name or IP address, without scheme or port');

export const PrinterTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tcp'), host, port: z.number().int().min(1).max(65535).default(DEFAULT_PRINTER_PORT) }),
  z.object({ kind: z.literal('serial'), path: devicePath, baudRate: z.number().int().min(300).max(4_000_000) }),
  z.object({ kind: z.literal('file'), path: devicePath }),
]);
/** As written in config or passed to `sendToPrinter` (`port` may be left out). */
export type PrinterTarget = z.input<typeof PrinterTargetSchema>;
/** After parsing: defaults filled in. */
export type ResolvedPrinterTarget = z.output<typeof PrinterTargetSchema>;

/** One device's receipt printer: where it is and how wide its paper is. */
export const PrinterConfigSchema = z.object({
  target: PrinterTargetSchema,
  paperWidth: z.union([z.literal(58), z.literal(80)]).default(58),
});
export type PrinterConfig = z.input<typeof PrinterConfigSchema>;

/** Columns of Font A on the configured paper (32 on 58 mm, 48 on 80 mm): `encodeEscPos(doc, {columns})`. */
export function printerColumns(config: Pick<PrinterConfig, 'paperWidth'>): number {
  return PAPER_COLUMNS[config.paperWidth ?? 58];
}

/** A target for logs and screens: no secrets in it, but keep it short. */
export function describePrinterTarget(target: PrinterTarget): string {
  switch (target.kind) {
    case 'tcp':
      return `tcp://${target.host}:${target.port ?? DEFAULT_PRINTER_PORT}`;
    case 'serial':
      return `serial:${target.path}@${target.baudRate}`;
    case 'file':
      return `file:${target.path}`;
  }
}

/**
 * Error codes of printing (`HallError.code`). A failed print leaves the ticket valid: the screen shows the text
 * below and offers to print again.
 */
export const PRINT_ERRORS = {
  /** Nothing answers at the address, or the port or host is refused. */
  unreachable: 'printer/unreachable',
  /** Connected, but the printer did not take the job in time (paper out, cover open, busy). */
  timeout: 'printer/timeout',
  /** The serial port or device file does not exist (unplugged, wrong name). */
  notFound: 'printer/not-found',
  /** The port is held by another program. */
  busy: 'printer/busy',
  /** The OS refused access to the port or device file. */
  noAccess: 'printer/no-access',
  /** The connection broke or the write failed part way. */
  io: 'printer/io',
  /** The printer settings are not valid (`PrinterTargetSchema`). */
  invalidTarget: 'printer/invalid-target',
  /** The document does not fit the model (control characters, QR data too long…). */
  invalidDocument: 'printer/invalid-document',
  /** The document carries a resident ID number in clear (DOMAIN §8). */
  unmaskedId: 'printer/unmasked-id',
} as const;
export type PrintErrorCode = (typeof PRINT_ERRORS)[keyof typeof PRINT_ERRORS];

/** Clerk- and applicant-facing wording of each code, for the renderer's error texts. */
export const PRINT_ERROR_TEXT: Record<PrintErrorCode, string> = {
  'printer/unreachable': '无法连接打印机，请检查打印机电源和连线后重新打印',
  'printer/timeout': '打印机无响应，请检查纸张和打印机状态后重新打印',
  'printer/not-found': '找不到打印机端口，请检查打印机是否已连接',
  'printer/busy': '打印机端口被其他程序占用',
  'printer/no-access': '没有使用打印机端口的权限',
  'printer/io': '打印中断，请检查打印机后重新打印',
  'printer/invalid-target': '打印机设置不正确，请联系管理员',
  'printer/invalid-document': '打印内容不正确，无法打印',
  'printer/unmasked-id': '打印内容含有未脱敏的身份证号码，已拒绝打印',
};
