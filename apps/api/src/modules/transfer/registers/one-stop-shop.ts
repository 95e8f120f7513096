import type { CustomerRecord } from '@ledgerbridge/connectors';
import { isOneStopShopCustomer, type TransferRules } from '@ledgerbridge/domain';

/**
 * With One Stop Shop VAT on, an EU consumer goes to the ERP in the OSS VAT zone the admin chose,
 * so the destination country's VAT is charged and reported through OSS (RB-21, X-17, ADR 0007);
 * everyone else keeps the connector's zone by country.
 */
export function withOneStopShopZone(record: CustomerRecord, rules: TransferRules): CustomerRecord {
  const oss = rules.oneStopShopVat;
  if (!oss?.isEnabled || !oss.vatZoneNumber || !rules.companyCountry) return record;
  const isOss = isOneStopShopCustomer({ countryCode: record.address?.countryCode, vatNumber: record.vatNumber }, rules.companyCountry, true);
  return isOss ? { ...record, vatZoneNumber: oss.vatZoneNumber } : record;
}
