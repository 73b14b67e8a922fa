import { and, asc, desc, eq, gte, inArray, lte, max, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { formatCaseNumber, formatDocumentNumber } from '../../../shared/domain/numbers';
import type {
  CaseDocument,
  CaseMaterial,
  CaseMatter,
  CaseStatus,
  CaseSuspension,
  Decision,
  DocumentKind,
  SuspensionType,
  TimelineEntry,
} from '../../../shared/features/intake/contract';
import type { SearchKey } from '../../../shared/features/intake/search';
import { newId } from '../../ids';
import type { HallDb } from '../open';
import { activity, caseDocument, caseMaterial, caseMatter, caseSuspension, creditBlacklist, hallWindow, intakeCase, staff } from '../schema';

export type CaseRow = typeof intakeCase.$inferSelect;
export type NewCase = Omit<typeof intakeCase.$inferInsert, 'id' | 'number' | 'serial'>;

/**
 * Numbers and stores a case with its matters and materials, inside the caller's transaction. The serial is
 * the next one of this terminal's day; the unique indexes make a duplicate impossible even if two writers raced.
 */
export function insertCase(
  db: HallDb,
  areaCode: string,
  row: NewCase,
  matters: ReadonlyArray<Omit<CaseMatter, 'dueDay'>>,
  materials: ReadonlyArray<Omit<CaseMaterial, 'id'>>,
): { id: string; number: string } {
  const last = db
    .select({ serial: max(intakeCase.serial) })
    .from(intakeCase)
    .where(and(eq(intakeCase.receivedDay, row.receivedDay), eq(intakeCase.terminalNo, row.terminalNo)))
    .get();
  const serial = (last?.serial ?? 0) + 1;
  const number = formatCaseNumber({ areaCode, day: row.receivedDay, terminal: row.terminalNo, serial });
  const id = newId();
  db.insert(intakeCase)
    .values({ ...row, id, number, serial })
    .run();
  matters.forEach((matter, sortOrder) => {
    db.insert(caseMatter)
      .values({ id: newId(), caseId: id, ...matter, sortOrder })
      .run();
  });
  materials.forEach((material, sortOrder) => {
    db.insert(caseMaterial)
      .values({ id: newId(), caseId: id, ...material, sortOrder })
      .run();
  });
  return { id, number };
}

/** Issues a notice with the next serial of this terminal for its kind and year (`X审受〔2026〕第010042号`). */
export function insertDocument(
  db: HallDb,
  caseId: string,
  kind: DocumentKind,
  numbering: { shortName: string; year: number; terminalNo: number },
  at: number,
): CaseDocument {
  const { shortName, year, terminalNo } = numbering;
  const last = db
    .select({ serial: max(caseDocument.serial) })
    .from(caseDocument)
    .where(and(eq(caseDocument.kind, kind), eq(caseDocument.year, year), eq(caseDocument.terminalNo, terminalNo)))
    .get();
  const serial = (last?.serial ?? 0) + 1;
  const document = { id: newId(), kind, number: formatDocumentNumber(shortName, kind, year, terminalNo, serial), issuedAt: at, prints: 0 };
  db.insert(caseDocument)
    .values({ ...document, caseId, year, terminalNo, serial })
    .run();
  return document;
}

export function findCaseRow(db: HallDb, id: string): CaseRow | undefined {
  return db.select().from(intakeCase).where(eq(intakeCase.id, id)).get();
}

export function listCaseMatters(db: HallDb, caseId: string): Array<Omit<CaseMatter, 'dueDay'>> {
  return db
    .select({
      matterId: caseMatter.matterId,
      code: caseMatter.code,
      name: caseMatter.name,
      department: caseMatter.department,
      legalLimitDays: caseMatter.legalLimitDays,
      promisedLimitDays: caseMatter.promisedLimitDays,
      onTheSpot: caseMatter.onTheSpot,
      legalBasis: caseMatter.legalBasis,
    })
    .from(caseMatter)
    .where(eq(caseMatter.caseId, caseId))
    .orderBy(asc(caseMatter.sortOrder))
    .all();
}

export function listCaseMaterials(db: HallDb, caseId: string): CaseMaterial[] {
  return db
    .select({
      id: caseMaterial.id,
      name: caseMaterial.name,
      status: caseMaterial.status,
      form: caseMaterial.form,
      copies: caseMaterial.copies,
      note: caseMaterial.note,
      requiredForm: caseMaterial.requiredForm,
      requiredCopies: caseMaterial.requiredCopies,
      required: caseMaterial.required,
      deficiencyAllowed: caseMaterial.deficiencyAllowed,
      standard: caseMaterial.standard,
      suppliedAt: caseMaterial.suppliedAt,
    })
    .from(caseMaterial)
    .where(eq(caseMaterial.caseId, caseId))
    .orderBy(asc(caseMaterial.sortOrder))
    .all();
}

/** A notice as the contract shows it. */
const documentColumns = {
  id: caseDocument.id,
  kind: caseDocument.kind,
  number: caseDocument.number,
  issuedAt: caseDocument.issuedAt,
  prints: caseDocument.prints,
};

export function listCaseDocuments(db: HallDb, caseId: string): CaseDocument[] {
  return db
    .select(documentColumns)
    .from(caseDocument)
    .where(eq(caseDocument.caseId, caseId))
    .orderBy(asc(caseDocument.issuedAt), asc(caseDocument.id))
    .all();
}

export function findDocument(db: HallDb, id: string): (CaseDocument & { caseId: string }) | undefined {
  return db
    .select({ ...documentColumns, caseId: caseDocument.caseId })
    .from(caseDocument)
    .where(eq(caseDocument.id, id))
    .get();
}

export function countPrint(db: HallDb, documentId: string): number {
  db.update(caseDocument)
    .set({ prints: sql`${caseDocument.prints} + 1` })
    .where(eq(caseDocument.id, documentId))
    .run();
  return db.select({ prints: caseDocument.prints }).from(caseDocument).where(eq(caseDocument.id, documentId)).get()?.prints ?? 0;
}

/** Suspensions of many cases at once (a result list shows each one's clock). */
export function listSuspensions(db: HallDb, caseIds: readonly string[]): Array<CaseSuspension & { caseId: string }> {
  if (caseIds.length === 0) return [];
  return db
    .select({
      id: caseSuspension.id,
      caseId: caseSuspension.caseId,
      type: sql<SuspensionType>`${caseSuspension.type}`,
      reason: caseSuspension.reason,
      approver: caseSuspension.approver,
      startDay: caseSuspension.startDay,
      endDay: caseSuspension.endDay,
    })
    .from(caseSuspension)
    .where(inArray(caseSuspension.caseId, [...caseIds]))
    .orderBy(asc(caseSuspension.startDay), asc(caseSuspension.id))
    .all();
}

export function insertSuspension(db: HallDb, caseId: string, s: Omit<CaseSuspension, 'id' | 'endDay'>, at: number): string {
  const id = newId();
  db.insert(caseSuspension)
    .values({ id, caseId, ...s, endDay: null, createdAt: at })
    .run();
  return id;
}

export function endSuspension(db: HallDb, id: string, endDay: string): void {
  db.update(caseSuspension).set({ endDay }).where(eq(caseSuspension.id, id)).run();
}

/** Every event of a case, oldest first, with who did it and where. */
export function caseTimeline(db: HallDb, caseId: string): TimelineEntry[] {
  return db
    .select({
      at: activity.at,
      kind: activity.kind,
      staffName: staff.name,
      jobNumber: staff.jobNumber,
      windowName: hallWindow.name,
      deviceId: activity.deviceId,
      detail: activity.detail,
    })
    .from(activity)
    .leftJoin(staff, eq(staff.id, activity.staffId))
    .leftJoin(hallWindow, eq(hallWindow.id, activity.windowId))
    .where(eq(activity.subjectId, caseId))
    .orderBy(asc(activity.at), asc(activity.id))
    .all();
}

export function updateCaseMaterial(db: HallDb, id: string, changes: Partial<Pick<CaseMaterial, 'status' | 'form' | 'copies' | 'suppliedAt'>>): void {
  db.update(caseMaterial).set(changes).where(eq(caseMaterial.id, id)).run();
}

export function updateCase(db: HallDb, id: string, changes: { status?: CaseStatus; acceptedDay?: string | null; updatedAt: number }): void {
  db.update(intakeCase).set(changes).where(eq(intakeCase.id, id)).run();
}

/** Upper bound for a prefix range: every string that starts with `prefix` sorts below it. */
const beyondPrefix = (prefix: string) => `${prefix}\u{10FFFF}`;

/** `column` starts with `prefix`; `useIndex` false hides the column's index from the planner (`+column`). */
function startsWith(column: SQLiteColumn, prefix: string, useIndex: boolean): SQL {
  const target = useIndex ? sql`${column}` : sql`+${column}`;
  return sql`(${target} >= ${prefix} AND ${target} < ${beyondPrefix(prefix)})`;
}

function keyCondition(key: SearchKey, useIndex = true): SQL | undefined {
  switch (key.field) {
    case 'caseNumber':
      return startsWith(intakeCase.number, key.value, useIndex);
    case 'idNumber':
    case 'creditCode':
      return eq(intakeCase.applicantKey, key.value);
    case 'phone':
      return eq(intakeCase.phoneDigits, key.value);
    case 'name':
      return or(startsWith(intakeCase.applicantName, key.value, useIndex), startsWith(intakeCase.projectName, key.value, useIndex));
    case 'recent':
      return undefined;
  }
}

/**
 * Beyond this many matches a prefix is common enough that its newest cases are found faster by walking the
 * intake-time index back than by sorting them all. A case number's day prefix matches one day's cases.
 */
const SORTABLE_MATCHES = { caseNumber: 5000, name: 1000 } as const;

/**
 * Cases matching one search key within a day range, newest first, fast at a million cases. An exact key is one
 * index lookup. A prefix (case number, name) may match a handful of cases or a hundred thousand: a few are
 * read from its index and sorted; many are found by walking the intake-time index back, testing each case.
 */
export function searchCaseRows(db: HallDb, key: SearchKey, from: string | null, to: string | null, limit: number): CaseRow[] {
  const days = [from ? gte(intakeCase.receivedDay, from) : undefined, to ? lte(intakeCase.receivedDay, to) : undefined];
  const newest = (condition: SQL | undefined, walkBack = true) =>
    db
      .select()
      .from(intakeCase)
      .where(and(condition, ...days))
      // `+column` hides the intake-time index, so the planner reads the key's index and sorts.
      .orderBy(walkBack ? desc(intakeCase.receivedAt) : desc(sql`+${intakeCase.receivedAt}`))
      .limit(limit)
      .all();
  if (key.field !== 'caseNumber' && key.field !== 'name') return newest(keyCondition(key));
  const threshold = SORTABLE_MATCHES[key.field];
  const matches = db
    .select({ id: intakeCase.id })
    .from(intakeCase)
    .where(and(keyCondition(key), ...days))
    .limit(threshold + 1)
    .all().length;
  return matches > threshold ? newest(keyCondition(key, false)) : newest(keyCondition(key), false);
}

/** The matters of many cases at once, by case: names for the list, promised limits for each clock. */
export function mattersOf(db: HallDb, caseIds: readonly string[]): Map<string, Array<{ name: string; promisedLimitDays: number }>> {
  const byCase = new Map<string, Array<{ name: string; promisedLimitDays: number }>>();
  if (caseIds.length === 0) return byCase;
  const rows = db
    .select({ caseId: caseMatter.caseId, name: caseMatter.name, promisedLimitDays: caseMatter.promisedLimitDays })
    .from(caseMatter)
    .where(inArray(caseMatter.caseId, [...caseIds]))
    .orderBy(asc(caseMatter.sortOrder))
    .all();
  for (const { caseId, ...matter } of rows) byCase.set(caseId, [...(byCase.get(caseId) ?? []), matter]);
  return byCase;
}

export function latestCaseOf(db: HallDb, applicantKey: string): CaseRow | undefined {
  return db.select().from(intakeCase).where(eq(intakeCase.applicantKey, applicantKey)).orderBy(desc(intakeCase.receivedAt)).limit(1).get();
}

export function countCasesOf(db: HallDb, applicantKey: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(intakeCase).where(eq(intakeCase.applicantKey, applicantKey)).get()?.n ?? 0;
}

export function blacklistReason(db: HallDb, key: string): string | null {
  return db.select({ reason: creditBlacklist.reason }).from(creditBlacklist).where(eq(creditBlacklist.key, key)).get()?.reason ?? null;
}

export function insertBlacklistEntry(db: HallDb, key: string, reason: string, listedAt: number): void {
  db.insert(creditBlacklist).values({ key, reason, listedAt }).run();
}

export function decisionOf(row: CaseRow): Decision {
  return row.decision as Decision;
}
