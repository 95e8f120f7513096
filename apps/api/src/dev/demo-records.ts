import type { Services } from '../modules/services.js';
import { toGlobalId } from '../graphql/relay.js';

const BOOKS = {
  DK: {
    currency: 'DKK',
    customers: [
      { number: '1001', name: 'Aarhus Byggeservice A/S', vatNumber: 'DK12345678', email: 'faktura@aarhusbyg.dk', paymentTermsDays: 14,
        billingAddress: { line1: 'Søndergade 12', postalCode: '8000', city: 'Aarhus C', countryCode: 'DK' } },
      { number: '1002', name: 'Fynske VVS ApS', vatNumber: 'DK87654321', email: 'bogholderi@fynskevvs.dk', paymentTermsDays: 30,
        billingAddress: { line1: 'Vestergade 3', postalCode: '5000', city: 'Odense C', countryCode: 'DK' } },
    ],
    products: [
      { number: '100', name: 'Timeløn montør', unit: 'timer', salesPrice: '650.00', costPrice: '420.00', vatRate: '25' },
      { number: '200', name: 'Kørsel', unit: 'km', salesPrice: '3.73', vatRate: '25' },
    ],
    project: { number: '5001', name: 'Renovering Søndergade' },
  },
  SE: {
    currency: 'SEK',
    customers: [
      { number: '2001', name: 'Göteborgs Fastighetsservice AB', vatNumber: 'SE556677889901', email: 'ekonomi@gbgfast.se', paymentTermsDays: 30,
        billingAddress: { line1: 'Kungsgatan 5', postalCode: '41119', city: 'Göteborg', countryCode: 'SE' } },
      { number: '2002', name: 'Malmö Elteknik AB', vatNumber: 'SE556012345601', email: 'faktura@malmoel.se', paymentTermsDays: 20,
        billingAddress: { line1: 'Stortorget 1', postalCode: '21122', city: 'Malmö', countryCode: 'SE' } },
    ],
    products: [
      { number: 'TIM', name: 'Arbetstid elektriker', unit: 'tim', salesPrice: '795.00', costPrice: '520.00', vatRate: '25' },
      { number: 'MTRL', name: 'Installationsmaterial', unit: 'st', salesPrice: '149.00', vatRate: '25' },
    ],
    project: { number: '7001', name: 'Elinstallation Kungsgatan' },
  },
} as const;

/** A small, realistic book for a demo tenant: customers, products, a project and one draft invoice. */
export async function demoRecords(services: Services, tenantId: string, country: keyof typeof BOOKS): Promise<void> {
  const book = BOOKS[country];
  const customerIds: string[] = [];
  for (const c of book.customers) {
    const r = await services.customers.upsert(tenantId, { ...c, currency: book.currency });
    if (!r.ok) throw new Error(`demo customer ${c.number}: ${JSON.stringify(r.error)}`);
    customerIds.push(r.value.customer.id);
  }
  const productIds: string[] = [];
  for (const p of book.products) {
    const r = await services.products.upsert(tenantId, { ...p });
    if (!r.ok) throw new Error(`demo product ${p.number}: ${JSON.stringify(r.error)}`);
    productIds.push(r.value.product.id);
  }
  const customer = toGlobalId('Customer', customerIds[0]!);
  const project = await services.projects.upsert(tenantId, { ...book.project, customerId: customer });
  if (!project.ok) throw new Error(`demo project: ${JSON.stringify(project.error)}`);
  const invoice = await services.invoices.create(tenantId, {
    customerId: customer, currency: book.currency, issueDate: new Date().toISOString().slice(0, 10),
    reference: 'Demo', lines: productIds.map((id, i) => ({ productId: toGlobalId('Product', id), quantity: i === 0 ? '4' : '2' })),
  });
  if (!invoice.ok) throw new Error(`demo invoice: ${JSON.stringify(invoice.error)}`);
}
