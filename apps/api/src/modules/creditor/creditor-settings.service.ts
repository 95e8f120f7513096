import { creditorSettingsSchema, err, fieldError, fieldErrorsFromZod, mergeRulesPatch, ok, oneStopShopSettingsSchema, transferRulesSchema, type CreditorSettings, type FieldError, type OneStopShopSettings, type Result } from '@ledgerbridge/domain';
import { plainInput } from '../../graphql/plain-input.js';
import { sentNulls } from '../../graphql/sent-nulls.js';
import type { ConnectionEntity } from '../connection/connection.entity.js';
import type { ConnectionService } from '../connection/connection.service.js';

export interface CreditorView {
  readonly companyCountry: string | null;
  readonly creditor: CreditorSettings;
  readonly oneStopShopVat: OneStopShopSettings;
}

/** The creditor and OSS settings of a connection, defaults applied: stored in its rules (transferRulesSchema). */
export function creditorView(connection: ConnectionEntity): CreditorView {
  const rules = transferRulesSchema.parse(connection.rules ?? {});
  return {
    companyCountry: rules.companyCountry ?? null,
    creditor: rules.creditor ?? creditorSettingsSchema.parse({}),
    oneStopShopVat: rules.oneStopShopVat ?? oneStopShopSettingsSchema.parse({}),
  };
}

/** Error paths from the rules (`rules.creditor.x`) become paths of the typed input (`x`). */
function toInputPaths(errors: FieldError[], section: string): FieldError[] {
  return errors.map((e) => {
    const path = e.field[0] === 'rules' ? e.field.slice(1) : e.field;
    return { ...e, field: path[0] === section ? path.slice(1) : path };
  });
}

/**
 * Writes the creditor settings (RB-07..RB-12) and the OSS setting (RB-21) of a connection through
 * the connection's rules, so they are validated by the same domain schema the admin uses.
 */
interface SectionWrite {
  readonly section: 'creditor' | 'oneStopShopVat';
  readonly value: Record<string, unknown>;
  readonly companyCountry: unknown;
  readonly isEnabling: boolean;
  /** What needs the country, for the message. */
  readonly what: string;
}

export class CreditorSettingsService {
  constructor(private readonly connections: ConnectionService) {}

  async updateCreditor(tenantId: string, connectionId: string, input: Record<string, unknown>): Promise<Result<CreditorView, FieldError[]>> {
    // admin-only: a null account or country clears it (ADR 0024)
    const { connectionId: _id, companyCountry, ...creditor } = { ...(plainInput(input) as Record<string, unknown>), ...sentNulls(input, ['companyCountry', 'supplierControlAccount', 'journalNumber', 'fallbackAccount']) };
    return this.write(tenantId, connectionId, { section: 'creditor', value: creditor, companyCountry, isEnabling: creditor['isEnabled'] === true, what: 'activating the creditor integration' });
  }

  async updateOneStopShop(tenantId: string, connectionId: string, input: Record<string, unknown>): Promise<Result<CreditorView, FieldError[]>> {
    const { connectionId: _id, companyCountry, ...oss } = { ...(plainInput(input) as Record<string, unknown>), ...sentNulls(input, ['companyCountry', 'vatZoneNumber']) };
    return this.write(tenantId, connectionId, { section: 'oneStopShopVat', value: oss, companyCountry, isEnabling: oss['isEnabled'] === true, what: 'switching on One Stop Shop VAT' });
  }

  private async write(tenantId: string, connectionId: string, w: SectionWrite): Promise<Result<CreditorView, FieldError[]>> {
    const connection = (await this.connections.list(tenantId)).find((c) => c.id === connectionId);
    if (!connection) return err([fieldError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
    const country = typeof w.companyCountry === 'string' ? w.companyCountry.trim().toUpperCase() : w.companyCountry === null ? undefined : (connection.rules['companyCountry'] as string | undefined);
    // a supplier's VAT zone and an OSS customer are both "seen from the company's country" (ADR 0007)
    const missingCountry = w.isEnabling && !country ? [fieldError('REQUIRED', `Give the company's country before ${w.what}`, ['companyCountry'])] : [];
    const patch = { [w.section]: w.value, ...(country ? { companyCountry: country } : w.companyCountry === null ? { companyCountry: null } : {}) };
    // checked here first so a missing country and bad values are reported together
    const parsed = transferRulesSchema.safeParse(mergeRulesPatch(connection.rules, patch));
    const invalid = parsed.success ? [] : toInputPaths(fieldErrorsFromZod(parsed.error), w.section);
    if (missingCountry.length > 0 || invalid.length > 0) return err([...missingCountry, ...invalid]);
    const saved = await this.connections.updateRules(tenantId, connection.id, patch);
    return saved.ok ? ok(creditorView(saved.value)) : err(toInputPaths(saved.error, w.section));
  }
}
