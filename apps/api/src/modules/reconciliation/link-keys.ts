/**
 * Where linking takes a second property besides the number: Fortnox articles link by article
 * number and name (SE-FX-21, SE-FX-10). Everything else links by number alone.
 */
const LINK_NEEDS_NAME: Readonly<Record<string, readonly string[]>> = { fortnox: ['products'] };

export function numberLinkNeedsName(connectorId: string, register: string): boolean {
  return LINK_NEEDS_NAME[connectorId]?.includes(register) ?? false;
}
