import { describe, expect, it } from 'vitest';
import { PRINT_ERRORS, PRINT_ERROR_TEXT, PrinterConfigSchema, PrinterTargetSchema, describePrinterTarget, printerColumns } from './target';

describe('printer targets', () => {
  it('fills in port 9100 for a network printer', () => {
    expect(PrinterTargetSchema.parse({ kind: 'tcp', host: '192.168.1.50' })).toEqual({ kind: 'tcp', host: '192.168.1.50', port: 9100 });
    expect(PrinterTargetSchema.parse({ kind: 'tcp', host: 'printer-kiosk1.hall.lan', port: 9101 })).toMatchObject({ port: 9101 });
  });

  it('accepts serial ports and device files', () => {
    expect(PrinterTargetSchema.parse({ kind: 'serial', path: 'COM3', baudRate: 9600 })).toEqual({ kind: 'serial', path: 'COM3', baudRate: 9600 });
    expect(PrinterTargetSchema.parse({ kind: 'file', path: '/dev/usb/lp0' })).toEqual({ kind: 'file', path: '/dev/usb/lp0' });
  });

  it('refuses settings that cannot be a printer', () => {
    for (const bad of [
      { kind: 'tcp', host: '' },
      { kind: 'tcp', host: 'http://printer' },
      { kind: 'tcp', host: 'printer', port: 70000 },
      { kind: 'serial', path: '/dev/ttyUSB0' },
      { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 0 },
      { kind: 'file', path: '/dev/usb/lp0\n' + 'x'.repeat(300) },
      { kind: 'usb', path: '/dev/usb/lp0' },
    ]) {
      expect(PrinterTargetSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('knows the columns of 58 and 80 mm paper', () => {
    const config = PrinterConfigSchema.parse({ target: { kind: 'file', path: '/dev/usb/lp0' } });
    expect(config.paperWidth).toBe(58);
    expect(printerColumns(config)).toBe(32);
    expect(printerColumns({ paperWidth: 80 })).toBe(48);
    expect(PrinterConfigSchema.safeParse({ target: { kind: 'file', path: 'x' }, paperWidth: 76 }).success).toBe(false);
  });

  it('describes a target briefly', () => {
    expect(describePrinterTarget({ kind: 'tcp', host: '10.0.0.5' })).toBe('tcp://10.0.0.5:9100');
    expect(describePrinterTarget({ kind: 'serial', path: '/dev/ttyS0', baudRate: 19200 })).toBe('serial:/dev/ttyS0@19200');
    expect(describePrinterTarget({ kind: 'file', path: '/dev/usb/lp0' })).toBe('file:/dev/usb/lp0');
  });

  it('has Chinese wording for every error code', () => {
    for (const code of Object.values(PRINT_ERRORS)) {
      expect(code).toMatch(/^printer\//);
      expect(PRINT_ERROR_TEXT[code]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
