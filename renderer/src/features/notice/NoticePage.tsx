import { Alert, Button, Space, Spin, Typography } from 'antd';
import { toDataURL } from 'qrcode';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../../api/hall';
import { errorText } from '../../app/errors';
import { useRemote } from '../../app/hooks';
import { NoticeDocument } from './NoticeDocument';
import { hasNativePrinting, printPage, type PrintResult, type PrintTarget } from './print';
import { noticeText, toolbarText as t } from './text';
import './notice.css';

/** `/window/notices/:documentId`: one intake notice as A4 pages, with a toolbar that never prints. */
export function NoticePage() {
  const { documentId = '' } = useParams();
  // A new document is a new page: nothing of the previous one (print count, outcome) carries over.
  return <NoticeView key={documentId} documentId={documentId} />;
}

type Outcome = { type: 'success' | 'info' | 'error'; text: string } | null;

function outcomeOf(result: PrintResult): Outcome {
  switch (result.outcome) {
    case 'printed':
      return { type: 'success', text: t.printed };
    case 'saved':
      return { type: 'success', text: t.saved(result.path) };
    case 'cancelled':
      return { type: 'info', text: t.cancelled };
    case 'failed':
      return { type: 'error', text: t.failed(result.message) };
    case 'dialog':
      return null;
  }
}

/** Enter on a button or in a field is that control's own; only Enter elsewhere on the page prints. */
function ownsEnter(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, input, textarea, select, [contenteditable="true"]') !== null;
}

function useQrCode(text: string | undefined): string | null {
  const [qr, setQr] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    if (!text) return;
    let live = true;
    toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 240 }).then(
      (url) => live && setQr({ text, url }),
      () => undefined, // no QR: the case number is printed beside it anyway
    );
    return () => {
      live = false;
    };
  }, [text]);
  return qr && qr.text === text ? qr.url : null;
}

function NoticeView({ documentId }: { documentId: string }) {
  const navigate = useNavigate();
  const location = useLocation();
  const { data: notice, error, loading } = useRemote(() => api.intake.notice({ documentId }));
  const qr = useQrCode(notice?.caseNumber);
  // Prints recorded before the one being made (or the next one): the paper says 补打 when there were any.
  const [printsBefore, setPrintsBefore] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const inFlight = useRef(false);
  const native = hasNativePrinting();
  const before = printsBefore ?? notice?.prints ?? 0;

  const back = () => (location.key === 'default' ? navigate('/window') : navigate(-1));

  const print = async (target: PrintTarget) => {
    if (!notice || !qr || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setOutcome(null);
    let recorded: number | null = null;
    try {
      // Logged first, so every paper is in the log, and so the paper knows whether it is a reprint.
      recorded = (await api.intake.recordPrint({ documentId })).prints;
      const printsBeforeThis = recorded - 1;
      flushSync(() => setPrintsBefore(printsBeforeThis));
      setOutcome(outcomeOf(await printPage(target, notice.documentNumber)));
    } catch (e) {
      setOutcome({ type: 'error', text: errorText(e) });
    } finally {
      if (recorded !== null) setPrintsBefore(recorded);
      inFlight.current = false;
      setBusy(false);
    }
  };

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      void back();
    } else if (((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p') || (e.key === 'Enter' && !e.repeat && !ownsEnter(e.target))) {
      // Ctrl+P too: the browser's own print would skip the log.
      e.preventDefault();
      void print('printer');
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const ready = Boolean(notice && qr) && !busy;
  return (
    <div className="notice-page">
      <div className="notice-toolbar" role="toolbar" aria-label={notice ? noticeText.titles[notice.kind] : undefined}>
        <Space wrap>
          <Button type="primary" disabled={!ready} loading={busy} onClick={() => void print('printer')}>
            {t.print}
            <kbd>{t.printKeys}</kbd>
          </Button>
          <Button disabled={!ready} onClick={() => void print('pdf')}>
            {t.savePdf}
          </Button>
          <Button onClick={() => void back()}>
            {t.back}
            <kbd>{t.backKey}</kbd>
          </Button>
          {notice && (
            <Typography.Text type="secondary" data-testid="notice-prints">
              {notice.documentNumber}　{t.prints(before)}
            </Typography.Text>
          )}
        </Space>
        {notice && !native && (
          <Alert className="notice-toolbar-hint" type="info" showIcon title={t.browserPdfHint} data-testid="notice-pdf-hint" />
        )}
        {outcome && <Alert className="notice-toolbar-hint" type={outcome.type} showIcon title={outcome.text} data-testid="notice-outcome" />}
      </div>
      {notice ? (
        <NoticeDocument notice={notice} qr={qr} reprint={before >= 1} />
      ) : loading ? (
        <Spin className="notice-loading" />
      ) : (
        <Alert className="notice-toolbar-hint" type="error" showIcon title={t.loadFailed} description={errorText(error)} />
      )}
    </div>
  );
}
