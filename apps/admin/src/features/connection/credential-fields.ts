/** One input of a connect form, read from the connector's JSON Schema of credentials. */
export interface CredentialField {
  readonly name: string;
  readonly label: string;
  readonly isSecret: boolean;
  readonly isRequired: boolean;
  readonly inputType: 'text' | 'password' | 'url';
  readonly defaultValue: string | undefined;
  readonly description: string | undefined;
}

interface JsonSchemaProperty {
  readonly type?: unknown;
  readonly format?: unknown;
  readonly writeOnly?: unknown;
  readonly default?: unknown;
  readonly description?: unknown;
}

/** "agreementGrantToken" → "Agreement grant token". */
export function labelFor(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The form is generated from the schema the API publishes, so a new connector needs no admin
 * change. Only string properties become inputs; secrets (writeOnly) are password inputs.
 */
export function credentialFields(schema: Record<string, unknown>): CredentialField[] {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchemaProperty>;
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as unknown[]) : []);
  return Object.entries(properties)
    .filter(([, property]) => property.type === 'string' || property.type === undefined)
    .map(([name, property]) => {
      const isSecret = property.writeOnly === true;
      const hasDefault = typeof property.default === 'string';
      return {
        name,
        label: labelFor(name),
        isSecret,
        // A property with a default may be left empty: the API fills it in.
        isRequired: required.has(name) && !hasDefault,
        inputType: isSecret ? 'password' : property.format === 'uri' ? 'url' : 'text',
        defaultValue: hasDefault ? (property.default as string) : undefined,
        description: typeof property.description === 'string' ? property.description : undefined,
      };
    });
}

/** Only what the admin typed: empty optional inputs are left out so the API's defaults apply. */
export function credentialsFromForm(fields: readonly CredentialField[], form: FormData): Record<string, string> {
  const credentials: Record<string, string> = {};
  for (const field of fields) {
    const value = String(form.get(`credentials.${field.name}`) ?? '').trim();
    if (value !== '') credentials[field.name] = value;
  }
  return credentials;
}

export type ConnectionHealth = { readonly tone: 'ok' | 'warn' | 'bad'; readonly label: string; readonly warning: string | null };

const soonMs = 7 * 24 * 60 * 60 * 1000;

/**
 * What the list shows per connection: status, plus a warning before a token runs out. OAuth
 * connections refresh their access token themselves, so only a failed refresh (NEEDS_RECONNECT)
 * needs the admin; a token that cannot be refreshed is flagged a week ahead.
 */
export function connectionHealth(
  connection: { status: string; statusReason: string | null; tokenExpiresAt: string | null },
  { now, refreshesItself }: { now: Date; refreshesItself: boolean },
): ConnectionHealth {
  if (connection.status === 'NEEDS_RECONNECT') {
    return { tone: 'bad', label: 'Needs reconnecting', warning: connection.statusReason ?? 'Authorize the connection again.' };
  }
  if (connection.status === 'DISABLED') return { tone: 'bad', label: 'Disabled', warning: connection.statusReason };
  if (connection.status === 'DISCONNECTED') return { tone: 'bad', label: 'Disconnected', warning: connection.statusReason };
  if (connection.tokenExpiresAt !== null && !refreshesItself) {
    const left = new Date(connection.tokenExpiresAt).getTime() - now.getTime();
    if (left <= 0) return { tone: 'bad', label: 'Token expired', warning: 'The access token has expired; reconnect to authorize again.' };
    if (left < soonMs) {
      const days = Math.max(1, Math.ceil(left / (24 * 60 * 60 * 1000)));
      return { tone: 'warn', label: 'Active', warning: `The access token expires in ${days} day${days === 1 ? '' : 's'}.` };
    }
  }
  return { tone: 'ok', label: 'Active', warning: connection.statusReason };
}
