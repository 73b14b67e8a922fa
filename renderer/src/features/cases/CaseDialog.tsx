import { Alert, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import type { CaseDetail } from '../../../../shared/features/intake/contract';
import { casesText as t } from './text';

interface Props {
  title: string;
  width?: number;
  okDisabled?: boolean;
  /** Sends the change; the case as the host now has it comes back. */
  run: () => Promise<CaseDetail>;
  /** Places the host's refusal on the dialog's own fields; returns what is left for the alert. */
  explain: (error: unknown) => string | null;
  onDone: (detail: CaseDetail) => void;
  onCancel: () => void;
  children: ReactNode;
}

/** antd rejects `validateFields` with the failing fields, which the form already shows at each field. */
const isFormCheck = (error: unknown) => typeof error === 'object' && error !== null && 'errorFields' in error;

/** A change to a case in a dialog: it stays open, with the host's reasons, until the host takes the change. */
export function CaseDialog({ title, width, okDisabled, run, explain, onDone, onCancel, children }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      onDone(await run());
    } catch (error) {
      if (!isFormCheck(error)) setProblem(explain(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={t.ok}
      cancelText={t.cancel}
      confirmLoading={busy}
      okButtonProps={{ disabled: okDisabled }}
      onOk={() => void submit()}
      onCancel={onCancel}
    >
      {children}
      {problem && <Alert className="case-dialog-problem" type="error" showIcon title={problem} data-testid="dialog-problem" />}
    </Modal>
  );
}
