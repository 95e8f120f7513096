import type { Services } from '../modules/services.js';

/** A small, realistic Danish book of records for the demo tenant. */
export async function demoRecords(services: Services, tenantId: string): Promise<void> {
  const customers = [
    { number: '1001', name: 'Aarhus Byggeservice A/S', vatNumber: 'DK12345678', email: 'faktura@aarhusbyg.dk', paymentTermsDays: 14, currency: 'DKK',
      billingAddress: { line1: 'Søndergade 12', postalCode: '8000', city: 'Aarhus C', countryCode: 'DK' } },
    { number: '1002', name: 'Fynske VVS ApS', vatNumber: 'DK87654321', email: 'bogholderi@fynskevvs.dk', paymentTermsDays: 30, currency: 'DKK',
      billingAddress: { line1: 'Vestergade 3', postalCode: '5000', city: 'Odense C', countryCode: 'DK' } },
    { number: '1003', name: 'Göteborgs Fastighetsservice AB', vatNumber: 'SE556677889901', email: 'ekonomi@gbgfast.se', paymentTermsDays: 30, currency: 'SEK',
      billingAddress: { line1: 'Kungsgatan 5', postalCode: '41119', city: 'Göteborg', countryCode: 'SE' } },
  ];
  for (const c of customers) {
    const r = await services.customers.upsert(tenantId, c);
    if (!r.ok) throw new Error(`demo customer ${c.number}: ${JSON.stringify(r.error)}`);
  }
}
