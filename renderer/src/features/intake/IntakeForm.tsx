import { Alert, App, Form, Tag, Typography } from 'antd';
import { useEffect, useEffectEvent, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { WorkCalendar } from '../../../../shared/domain/calendar';
import type { Catalog } from '../../../../shared/features/catalog/contract';
import { DECISIONS } from '../../../../shared/features/intake/contract';
import { keyName } from '../window/shortcuts';
import { ApplicantCard } from './ApplicantCard';
import { DecisionBar } from './DecisionBar';
import type { Prefill } from './draft';
import { FieldMessagesContext } from './fields';
import { focusNextField, inOpenPopup } from './focus';
import { DECISION_KEYS, decisionForKey, FORM_KEYS, keyLabel } from './keys';
import { KeyHints, type KeyHint } from './KeyHints';
import { MaterialsTable } from './MaterialsTable';
import { MattersCard } from './MattersCard';
import { ProjectCard } from './ProjectCard';
import { intakeText as t } from './text';
import { useIntake } from './useIntake';

interface Props {
  catalog: Catalog;
  calendar: WorkCalendar;
  prefill: Prefill | null;
  ticketId: string | null;
  /** The ticket was given but could not be read: the clerk fills in by hand. */
  prefillFailed: boolean;
}

/** Applicant and project on the left, matters and materials on the right, the decision always in view below. */
export function IntakeForm({ catalog, calendar, prefill, ticketId, prefillFailed }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const form = useIntake({ catalog, calendar, prefill, ticketId, container: () => root.current });
  const { draft, update, touch } = form;
  const leaving = useRef(false);

  const back = () => {
    if (!form.dirty) return void navigate('/window');
    leaving.current = true;
    modal.confirm({
      title: t.leaveTitle,
      content: t.leaveBody,
      okText: t.leave,
      cancelText: t.stay,
      onOk: () => navigate('/window'),
      afterClose: () => {
        leaving.current = false;
      },
    });
  };

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || leaving.current) return;
    const key = keyName(e);
    const decision = decisionForKey(key);
    if (decision) form.chooseDecision(decision);
    else if (key === FORM_KEYS.submit) void form.submit();
    else if (key === FORM_KEYS.fill && form.history?.latest) form.fillFromHistory();
    else if (key === FORM_KEYS.back && !inOpenPopup(e.target)) back();
    else return;
    e.preventDefault();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    globalThis.addEventListener('keydown', listener);
    return () => globalThis.removeEventListener('keydown', listener);
  }, []);

  // Enter moves on, as Tab does; not in a drop-down, a button or while an input method is composing.
  const onEnter = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.altKey || e.shiftKey || e.metaKey || e.defaultPrevented || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    if (target instanceof HTMLButtonElement || target.closest('.ant-select') || inOpenPopup(target)) return;
    e.preventDefault();
    focusNextField(e.currentTarget, target);
  };

  const hints: KeyHint[] = [
    ['Enter', t.hints.next],
    [`${DECISION_KEYS.accept}~${DECISIONS.length}`, t.hints.decide],
    [FORM_KEYS.submit, t.hints.submit],
    [keyLabel(FORM_KEYS.back), t.back],
  ];

  return (
    <FieldMessagesContext value={form.fields}>
      <Form component={false} layout="vertical">
        <div className="intake" ref={root} onKeyDown={onEnter}>
          <div className="intake-header">
            <Typography.Title level={4}>{t.title}</Typography.Title>
            <Tag color={form.ticketNumber ? 'blue' : 'default'} data-testid="intake-ticket">
              {form.ticketNumber ? t.ticket(form.ticketNumber) : t.noTicket}
            </Tag>
            <KeyHints hints={hints} label={t.formKeys} />
          </div>
          {prefillFailed && <Alert className="intake-alert" type="warning" showIcon title={t.prefillFailed} />}
          <div className="intake-main">
            <div className="intake-column">
              <ApplicantCard
                applicant={draft.applicant}
                history={form.history}
                onFill={form.fillFromHistory}
                onChange={(field, patch) => update([`applicant.${field}`], (d) => ({ ...d, applicant: { ...d.applicant, ...patch } }))}
              />
              <ProjectCard project={draft.project} onChange={(field, value) => update([`project.${field}`], (d) => ({ ...d, project: { ...d.project, [field]: value } }))} />
            </div>
            <div className="intake-column">
              <MattersCard
                stages={catalog.stages}
                stageId={draft.stageId}
                matterIds={draft.matterIds}
                onStage={(stageId) => {
                  update(['stageId', 'matterIds', 'materials'], (d) => ({ ...d, stageId, matterIds: [] }));
                  touch('stageId');
                }}
                onMatters={(matterIds) => {
                  update(['matterIds', 'materials'], (d) => ({ ...d, matterIds }));
                  touch('matterIds');
                }}
              />
              <MaterialsTable
                lines={form.checklist}
                marks={draft.marks}
                onMark={(index, mark) => {
                  update([`materials.${index}`], (d) => ({ ...d, marks: { ...d.marks, [mark.name]: mark } }));
                  touch(`materials.${index}`);
                }}
              />
            </div>
          </div>
          <Form component={false} layout="inline">
            <DecisionBar
              decision={draft.decision}
              delivery={draft.delivery}
              catchUpLimit={form.latestCatchUp}
              blacklisted={form.blacklisted !== null}
              busy={form.busy}
              summary={form.summary}
              onDecision={form.chooseDecision}
              onChange={(field, patch) => update([`decision.${field}`], (d) => ({ ...d, decision: { ...d.decision, ...patch } }))}
              onDelivery={(patch) => update(['delivery'], (d) => ({ ...d, delivery: { ...d.delivery, ...patch } }))}
              onSubmit={() => void form.submit()}
              onBack={back}
            />
          </Form>
        </div>
      </Form>
    </FieldMessagesContext>
  );
}
