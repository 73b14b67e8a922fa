import { Card, Descriptions } from 'antd';
import type { ReactNode } from 'react';
import type { CaseDetail } from '../../../../shared/features/intake/contract';
import { when } from './format';
import { casesText as t } from './text';

type Facts = Array<[label: string, value: ReactNode]>;

function FactsCard({ title, facts, testId }: { title: string; facts: Facts; testId?: string }) {
  return (
    <Card size="small" title={title} className="case-card" data-testid={testId}>
      <Descriptions size="small" column={1} items={facts.map(([label, value]) => ({ key: label, label, children: value || t.none }))} />
    </Card>
  );
}

/** What was decided at intake and what it depends on (the catch-up day, where to go instead), and who took it in. */
export function DecisionCard({ detail }: { detail: CaseDetail }) {
  const d = detail.decisionDetail;
  const facts: Facts = [[t.decision, <strong key="decision">{t.decisions[d.kind]}</strong>]];
  if (d.kind === 'deficiency') {
    facts.push([t.catchUpBy, <strong key="by">{d.catchUpBy}</strong>], [t.commitment, d.commitmentSigned ? t.commitmentSigned : t.commitmentMissing]);
  }
  if (d.kind === 'refuse') {
    facts.push([t.refusalReason, `${t.refusalReasons[d.reason] ?? d.reason}${d.detail ? `：${d.detail}` : ''}`], [t.competentAgency, d.competentAgency]);
  }
  const { delivery } = detail;
  facts.push(
    [t.receivedAt, when(detail.receivedAt)],
    [t.acceptedDay, detail.acceptedDay],
    [t.clerk, `${t.staffOf(detail.clerk.name, detail.clerk.jobNumber)}　${detail.window?.name ?? ''}`],
    [t.ticket, detail.ticketNumber],
    [t.delivery, delivery.method === 'ems' ? `${t.deliveries.ems}：${delivery.address ?? ''}` : t.deliveries.inPerson],
  );
  return <FactsCard title={t.decision} facts={facts} testId="decision" />;
}

/** Full values: this is the clerk's own screen, and the host has logged the view (DOMAIN §8). */
export function ApplicantCard({ detail }: { detail: CaseDetail }) {
  const a = detail.applicant;
  const agent = a.agent ? `${a.agent.name}　${a.agent.idNumber}　${a.agent.phone}` : null;
  const facts: Facts =
    a.kind === 'person'
      ? [
          [t.name, a.name],
          [t.idTypes[a.idType ?? 'resident'] ?? t.idNumber, a.idNumber],
          [t.phone, a.phone],
        ]
      : [
          [t.name, a.name],
          [t.creditCode, a.creditCode],
          [t.contactName, a.contactName],
          [t.phone, a.phone],
        ];
  if (agent) facts.push([t.agent, agent]);
  return <FactsCard title={`${t.applicant}（${t.applicantKinds[a.kind]}）`} facts={facts} testId="applicant" />;
}

export function ProjectCard({ detail }: { detail: CaseDetail }) {
  const p = detail.project;
  return (
    <FactsCard
      title={t.project}
      facts={[
        [t.projectName, p.name],
        [t.projectCode, p.code],
        [t.location, p.location],
        [t.scale, p.scale],
        [t.stage, detail.stageName],
      ]}
    />
  );
}
