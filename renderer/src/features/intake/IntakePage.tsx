export function IntakePage() {
  return null;
}
