import { create as createQr } from 'qrcode';
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import {
  PAPER_COLUMNS,
  QR_DEFAULT_MODULE_SIZE,
  pairLines,
  ruleLine,
  unmaskedIdNumbers,
  type Align,
  type PaperWidth,
  type PrintBlock,
  type PrintDocument,
} from '../../../../shared/print/document';
import { PRINT_ERROR_TEXT } from '../../../../shared/print/target';

export interface PrintPreviewProps {
  /** The document sent to the printer (`ticketDocument(…)`, a receipt…). */
  document: PrintDocument;
  /** Paper width in mm. Default 58. */
  paperWidth?: PaperWidth;
  /** Characters per line; default from the paper width (32 on 58 mm, 48 on 80 mm), as `encodeEscPos` uses. */
  columns?: number;
  /** Accessible name of the preview. Default `打印预览`. */
  label?: string;
}

/** Printable width of the paper (mm): a 58 mm roll prints 48 mm, an 80 mm roll 72 mm. */
const PRINTABLE_MM: Record<PaperWidth, number> = { 58: 48, 80: 72 };
/** Thermal heads print 8 dots per mm (203 dpi). */
const DOTS_PER_MM = 8;

/**
 * An HTML preview of a printable document, drawn the way the receipt printer prints it: the same lines, the
 * same column width (a Chinese character two columns, an ASCII one one), sizes, rules, a scannable QR code at
 * its printed size, and the cut. Shown on screens (kiosk, window, admin printer test) and when the printer fails.
 *
 * A document that carries a resident ID number in clear is not shown (the printer would refuse it too).
 */
export function PrintPreview({ document: doc, paperWidth = 58, columns, label = '打印预览' }: PrintPreviewProps) {
  const cols = columns ?? PAPER_COLUMNS[paperWidth];
  const printable = PRINTABLE_MM[paperWidth];
  const sideMm = (paperWidth - printable) / 2;
  // One column is half a Chinese character: a font of this size fills the printable width with `cols` columns.
  const fontMm = (printable * 2) / cols;
  const paper: CSSProperties = {
    boxSizing: 'content-box',
    width: `${printable}mm`,
    padding: `4mm ${sideMm}mm 0`,
    margin: '0 auto',
    background: '#fff',
    color: '#111',
    boxShadow: '0 1px 4px rgba(0, 0, 0, 0.25)',
    fontFamily: '"Noto Sans Mono CJK SC", "Sarasa Mono SC", "WenQuanYi Zen Hei Mono", NSimSun, SimSun, monospace',
    fontSize: `${fontMm}mm`,
    lineHeight: 1.25,
    overflowWrap: 'anywhere',
    textAlign: 'left',
  };

  if (unmaskedIdNumbers(doc).length > 0) {
    return (
      <div role="alert" style={{ ...paper, padding: '4mm', color: '#a8071a' }} data-testid="print-preview">
        {PRINT_ERROR_TEXT['printer/unmasked-id']}
      </div>
    );
  }

  return (
    <div role="figure" aria-label={label} style={paper} data-testid="print-preview" data-paper={paperWidth}>
      {doc.blocks.map((block, i) => (
        <Block key={i} block={block} columns={cols} sideMm={sideMm} />
      ))}
      {doc.blocks.at(-1)?.kind !== 'cut' && <div style={{ height: '4mm' }} />}
    </div>
  );
}

function Block({ block, columns, sideMm }: { block: PrintBlock; columns: number; sideMm: number }): ReactNode {
  switch (block.kind) {
    case 'text':
      return block.text.split('\n').map((line, i) => (
        <Line key={i} align={block.align ?? 'left'} size={block.size ?? 1} bold={block.bold ?? false}>
          {line}
        </Line>
      ));
    case 'pair':
      return pairLines(block, columns).map((line, i) => (
        <Line key={i} align="left" size={1} bold={block.bold ?? false}>
          {line}
        </Line>
      ));
    case 'rule':
      return (
        <Line align="left" size={1} bold={false} rule>
          {ruleLine(columns)}
        </Line>
      );
    case 'qr':
      return <QrImage data={block.data} moduleSize={block.size ?? QR_DEFAULT_MODULE_SIZE} align={block.align ?? 'center'} />;
    case 'feed':
      return block.lines > 0 ? <div aria-hidden style={{ height: `${1.25 * block.lines}em` }} /> : null;
    case 'cut':
      return (
        <div
          role="separator"
          aria-label="切纸"
          data-testid="print-cut"
          style={{ margin: `3mm -${sideMm}mm 0`, padding: `0 1mm`, borderTop: '1px dashed #999', fontSize: '3mm', lineHeight: 1, color: '#999', textAlign: 'right' }}
        >
          ✂
        </div>
      );
  }
}

function Line({ align, size, bold, rule, children }: { align: Align; size: number; bold: boolean; rule?: boolean; children: string }) {
  return (
    <div
      data-testid={rule ? 'print-rule' : 'print-line'}
      style={{
        textAlign: align,
        fontSize: `${size}em`,
        fontWeight: bold ? 700 : 400,
        whiteSpace: 'pre-wrap',
        overflow: rule ? 'hidden' : undefined,
        minHeight: '1.25em',
      }}
    >
      {children}
    </div>
  );
}

/** The QR code as an SVG image at its printed size (modules × dots per module ÷ 8 dots/mm). */
function QrImage({ data, moduleSize, align }: { data: string; moduleSize: number; align: Align }) {
  const qr = useMemo(() => {
    const { modules } = createQr(data, { errorCorrectionLevel: 'M' });
    let path = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) path += `M${x} ${y}h1v1h-1z`;
    }
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${modules.size} ${modules.size}" shape-rendering="crispEdges"><path d="${path}" fill="#000"/></svg>`;
    return { size: modules.size, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` };
  }, [data]);
  const mm = (qr.size * moduleSize) / DOTS_PER_MM;
  return (
    <div style={{ textAlign: align, lineHeight: 0, padding: '1mm 0' }}>
      <img src={qr.src} alt="二维码" data-testid="print-qr" data-modules={qr.size} style={{ width: `${mm}mm`, height: `${mm}mm`, imageRendering: 'pixelated' }} />
    </div>
  );
}
