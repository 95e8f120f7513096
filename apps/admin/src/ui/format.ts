const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  return iso === null || iso === undefined ? '—' : dateTime.format(new Date(iso));
}

/** The message a failed operation shows when the API gave no typed error (network, auth). */
export function transportMessage(error: { graphQLErrors: readonly { message: string }[] } | undefined): string {
  return error?.graphQLErrors[0]?.message ?? 'Could not reach Ledgerbridge. Check your connection and try again.';
}
