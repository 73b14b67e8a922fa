export function CaseSearchPage() {
  return null;
}
