import { Route, Routes } from 'react-router';
import { CasePage } from '../cases/CasePage';
import { CaseSearchPage } from '../cases/CaseSearchPage';
import { IntakePage } from '../intake/IntakePage';
import { NoticePage } from '../notice/NoticePage';
import { Workbench } from './Workbench';

/** A signed-in window's screens: calling, intake, cases and their notices, all under `/window`. */
export function WindowRoutes() {
  return (
    <Routes>
      <Route index element={<Workbench />} />
      <Route path="intake" element={<IntakePage />} />
      <Route path="cases" element={<CaseSearchPage />} />
      <Route path="cases/:caseId" element={<CasePage />} />
      <Route path="notices/:documentId" element={<NoticePage />} />
    </Routes>
  );
}
