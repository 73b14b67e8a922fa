import { render } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { CaseDetail, CaseMaterial, CaseSummary } from '../../../../shared/features/intake/contract';
import { CasePage } from './CasePage';
import { CaseSearchPage } from './CaseSearchPage';

/** Test data and set-up for the case screens' component tests; no screen imports it. */

export const CASE_ID = '01930000-0000-7000-8000-00000000c001';

export function caseSummary(over: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: CASE_ID,
    number: '33100220261123010001',
    status: 'accepted',
    decision: 'accept',
    applicantName: '云溪建设工程有限公司',
    applicantKey: '91350100M000100Y43',
    phoneMasked: '138****5678',
    projectName: '云溪县第一中学教学楼扩建工程',
    stageName: '施工许可',
    matterNames: ['建筑工程施工许可证'],
    receivedAt: Date.UTC(2026, 10, 23, 1, 30),
    updatedAt: Date.UTC(2026, 10, 23, 1, 30),
    acceptedDay: '2026-11-23',
    clock: { limitDays: 3, dueDay: '2026-11-26', elapsed: 1, remaining: 2, suspended: 0, colour: 'yellow', beyondCalendar: false },
    ...over,
  };
}

export function material(name: string, over: Partial<CaseMaterial> = {}): CaseMaterial {
  return {
    id: `m-${name}`,
    name,
    status: 'received',
    form: 'original',
    copies: 1,
    note: '',
    requiredForm: 'original',
    requiredCopies: 1,
    required: true,
    deficiencyAllowed: false,
    standard: '',
    suppliedAt: null,
    ...over,
  };
}

export function caseDetail(over: Partial<CaseDetail> = {}): CaseDetail {
  return {
    ...caseSummary(),
    applicant: {
      kind: 'organisation',
      name: '云溪建设工程有限公司',
      idType: null,
      idNumber: null,
      creditCode: '91350100M000100Y43',
      contactName: '李娜',
      phone: '13812345678',
      agent: null,
    },
    project: { name: '云溪县第一中学教学楼扩建工程', code: '2026-331002-47-03-012345', location: '云溪县城南路88号', scale: '总建筑面积12000平方米' },
    catalogVersion: 1,
    matters: [
      {
        matterId: 'mt1',
        code: 'S3-01',
        name: '建筑工程施工许可证',
        department: '住建局',
        legalLimitDays: 7,
        promisedLimitDays: 3,
        onTheSpot: false,
        legalBasis: '',
        dueDay: '2026-11-26',
      },
    ],
    materials: [material('用地批准手续')],
    decisionDetail: { kind: 'accept' },
    delivery: { method: 'inPerson', address: null },
    ticketNumber: 'C001',
    clerk: { name: '王丽', jobNumber: '1001' },
    window: { number: 1, name: '1号窗口' },
    documents: [{ id: '01930000-0000-7000-8000-00000000d001', kind: 'accept', number: 'X审受〔2026〕第010042号', issuedAt: Date.UTC(2026, 10, 23, 1, 31), prints: 1 }],
    suspensions: [],
    timeline: [],
    ...over,
  };
}

function Where() {
  const location = useLocation();
  return <div data-testid="where">{location.pathname + location.search}</div>;
}

/** Both case screens under their window routes, with where the router stands shown in `where`. */
export function renderCases(entry: string | { pathname: string; state: unknown }) {
  return render(
    <App>
      <MemoryRouter initialEntries={[entry]}>
        <Routes>
          <Route path="/window/cases" element={<CaseSearchPage />} />
          <Route path="/window/cases/:caseId" element={<CasePage />} />
          <Route path="*" element={null} />
        </Routes>
        <Where />
      </MemoryRouter>
    </App>,
  );
}
