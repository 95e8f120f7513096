/**
 * Event payloads carry row ids, while queries and mutations take global ids. This mirrors the
 * API's relay encoding (base64url of "Type:id"); the browser tests retry an item that arrived
 * over the subscription, so a change on either side fails there.
 */
export function toGlobalId(type: string, rowId: string): string {
  return btoa(`${type}:${rowId}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
