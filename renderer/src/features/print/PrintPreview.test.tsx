import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cut, pair, qr, rule, text } from '../../../../shared/print/document';
import { ticketDocument, type TicketPrintData } from '../../../../shared/print/ticket';
import { PrintPreview } from './PrintPreview';
import { SAMPLE_TICKET, SAMPLE_TICKET_LINES } from '../../../../shared/print/sample-ticket';

const ticket: TicketPrintData = SAMPLE_TICKET;

const lines = () => screen.getAllByTestId(/^print-(line|rule)$/).map((el) => el.textContent);

describe('PrintPreview', () => {
  it('shows the ticket lines as printed', () => {
    render(<PrintPreview document={ticketDocument(ticket)} />);
    expect(screen.getByRole('figure', { name: '打印预览' })).toBeTruthy();
    expect(lines()).toEqual(SAMPLE_TICKET_LINES);
    expect(screen.getByTestId('print-cut')).toBeTruthy();
  });

  it('draws the big number three times the size, bold and centred', () => {
    render(<PrintPreview document={ticketDocument(ticket)} />);
    const number = screen.getByText('C001');
    expect(number.style.fontSize).toBe('3em');
    expect(number.style.fontWeight).toBe('700');
    expect(number.style.textAlign).toBe('center');
  });

  it('renders the QR code as a real image of the ticket id', () => {
    render(<PrintPreview document={ticketDocument(ticket)} />);
    const img = screen.getByRole('img', { name: '二维码' }) as HTMLImageElement;
    expect(img.src.startsWith('data:image/svg+xml')).toBe(true);
    const svg = decodeURIComponent(img.src.slice(img.src.indexOf(',') + 1));
    // A QR symbol: a square of 4v + 17 modules with a finder pattern in the corner (7 dark modules, then light).
    const n = Number(/^<svg [^>]*viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
    expect(n % 4).toBe(1);
    expect(n).toBeGreaterThanOrEqual(21);
    for (let x = 0; x < 7; x++) expect(svg).toContain(`M${x} 0h1v1h-1z`);
    expect(svg).not.toContain('M7 0h1v1h-1z');
    expect(Number(img.dataset.modules)).toBe(n);
    // Printed size: modules × 6 dots ÷ 8 dots/mm.
    expect(img.style.width).toBe(`${(n * 6) / 8}mm`);
  });

  it('follows the paper width: 80 mm has 48 columns', () => {
    render(<PrintPreview document={{ blocks: [rule(), pair('领取人', '张*')] }} paperWidth={80} />);
    expect(lines()).toEqual(['-'.repeat(48), '领取人' + ' '.repeat(39) + '张*']);
    const paper = screen.getByTestId('print-preview');
    expect(paper.style.width).toBe('72mm');
    expect(paper.dataset.paper).toBe('80');
  });

  it('keeps line breaks and blank lines of text blocks', () => {
    render(<PrintPreview document={{ blocks: [text('第一行\n\n第三行', { align: 'right' }), qr('X', 3), cut()] }} />);
    expect(lines()).toEqual(['第一行', '', '第三行']);
    expect(screen.getAllByTestId('print-line')[2]!.style.textAlign).toBe('right');
    expect(screen.getByTestId('print-qr').style.width).toBe(`${(21 * 3) / 8}mm`);
  });

  it('does not show a document that carries an ID number in clear', () => {
    render(<PrintPreview document={{ blocks: [text('身份证 11010519491231002X')] }} />);
    expect(screen.getByRole('alert').textContent).toContain('未脱敏');
    expect(document.body.textContent).not.toContain('11010519491231002X');
  });
});
