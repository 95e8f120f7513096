export function TransfersPage() {
  return <h1>TransfersPage</h1>;
}
