import { randomUUID } from 'node:crypto';
import type { ConnectorError } from '../connector-error.js';
import type { ConnectorResult, ListQuery, Page, RemoteRecord } from '../connector.js';
import type { Result } from '../result.js';
import type {
  AddressRecord,
  CreditNoteDraftRecord,
  CustomerRecord,
  InvoiceDraftRecord,
  InvoiceLineRecord,
  ProductRecord,
  ProjectRecord,
} from '../records.js';

/**
 * Values the contract cannot pick without knowing the vendor, supplied by each connector's
 * test from its sandbox's defaults. None of them changes what is being checked.
 */
export interface ContractFixtureOptions {
  /** Customer and invoice currency; use the agreement's home currency. @default 'EUR' */
  readonly currency?: string;
  /** VAT percentage on every line. @default '25' */
  readonly vatRate?: string;
  /** @default 'pcs' */
  readonly unit?: string;
  /** A product group the sandbox knows, for ERPs that require one. @default none */
  readonly productGroup?: string;
  /** A home-country address, so invoices carry domestic VAT. @default none (no address) */
  readonly address?: AddressRecord;
}

/** Builds realistic canonical records with numbers unique to this run. */
export function createContractRecords(options: ContractFixtureOptions = {}) {
  const currency = options.currency ?? 'EUR';
  const vatRate = options.vatRate ?? '25';
  const unit = options.unit ?? 'pcs';
  // Numeric, at most 8 digits and without a leading zero: valid as an e-conomic customer
  // number, a Fortnox article number and an eAccounting project number alike.
  const runBase = 100_000 + Math.floor(Math.random() * 900_000);
  let sequence = 0;
  const nextNumber = () => String(runBase * 100 + (sequence += 1));
  const today = new Date();
  const isoDate = (daysAhead: number) => new Date(today.getTime() + daysAhead * 86_400_000).toISOString().slice(0, 10);

  const line = (productNumber: string | undefined, description: string, quantity: string, unitPrice: string): InvoiceLineRecord => ({
    ...(productNumber === undefined ? {} : { productNumber }),
    description,
    quantity,
    unit,
    unitPrice,
    discountPercent: '0',
    vatRate,
    netAmount: formatCents(multiplyCents(toCents(unitPrice), quantity)),
  });

  const totals = (lines: readonly InvoiceLineRecord[]) => {
    const netCents = lines.reduce((sum, item) => sum + toCents(item.netAmount), 0);
    const vatCents = Math.round((netCents * toCents(vatRate)) / 10_000);
    return { netAmount: formatCents(netCents), vatAmount: formatCents(vatCents), grossAmount: formatCents(netCents + vatCents) };
  };

  return {
    nextNumber,
    customer: (number: string, name = `Nordlys Consulting ${number} ApS`): CustomerRecord => ({
      number,
      name,
      email: `invoices+${number}@nordlys.example`,
      phone: '+45 70 20 30 40',
      ...(options.address === undefined ? {} : { address: options.address }),
      paymentTermsDays: 14,
      currency,
      isActive: true,
    }),
    product: (number: string, salesPrice = '1250.00'): ProductRecord => ({
      number,
      name: `Consulting hour ${number}`,
      unit,
      salesPrice,
      costPrice: '800.00',
      vatRate,
      isActive: true,
      ...(options.productGroup === undefined ? {} : { productGroup: options.productGroup }),
    }),
    project: (number: string, customerNumber: string, name = `Website relaunch ${number}`): ProjectRecord => ({
      number,
      name,
      customerNumber,
      isActive: true,
      startDate: isoDate(0),
    }),
    invoice: (customerNumber: string, productNumber: string | undefined): InvoiceDraftRecord => {
      const lines = [
        line(productNumber, 'Consulting, sprint 12', '2', '1250.00'),
        line(productNumber, 'Workshop preparation', '3', '150.00'),
      ];
      return {
        reference: randomUUID(),
        customerNumber,
        currency,
        issueDate: isoDate(0),
        dueDate: isoDate(14),
        yourReference: 'Anna Lindqvist',
        notes: 'Thank you for your business.',
        lines,
        ...totals(lines),
      };
    },
    creditNote: (invoice: InvoiceDraftRecord, creditedExternalId: string): CreditNoteDraftRecord => {
      const lines = invoice.lines.map((item) => ({ ...item, quantity: negate(item.quantity), netAmount: negate(item.netAmount) }));
      return { ...invoice, reference: randomUUID(), lines, creditedExternalId, ...totals(lines) };
    },
  };
}

export type ContractRecords = ReturnType<typeof createContractRecords>;

/** Decimal string to integer hundredths, exactly (no float parsing of the fraction). */
export function toCents(value: string): number {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (match === null) throw new Error(`Not a decimal amount: "${value}"`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  const padded = `${fraction}000`;
  const cents = Number(whole) * 100 + Number(padded.slice(0, 2)) + (Number(padded[2]) >= 5 ? 1 : 0);
  return sign === '-' ? -cents : cents;
}

function multiplyCents(cents: number, quantity: string): number {
  return Math.round((cents * toCents(quantity)) / 100);
}

function formatCents(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function negate(value: string): string {
  return value.startsWith('-') ? value.slice(1) : `-${value}`;
}

/** Whether two decimal strings denote the same amount ('3687.5' equals '3687.50'). */
export function isSameAmount(a: string, b: string): boolean {
  return toCents(a) === toCents(b);
}

/** The value of an ok result, or a test failure naming the step and the connector's error. */
export function expectOk<T>(step: string, result: Result<T, ConnectorError>): T {
  if (result.ok) return result.value;
  const { code, message } = result.error;
  throw new Error(`${step} failed with ${code}: ${message}`);
}

/**
 * Pages through a listing until `match` finds a record, failing on a repeated cursor (a
 * connector that loops) or after `maxPages`.
 */
export async function findInPages<T>(
  step: string,
  list: (query: ListQuery) => ConnectorResult<Page<RemoteRecord<T>>>,
  match: (item: RemoteRecord<T>) => boolean,
  query: Omit<ListQuery, 'cursor'> = {},
  maxPages = 200,
): Promise<RemoteRecord<T> | undefined> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 1; page <= maxPages; page += 1) {
    const result = expectOk(`${step} (page ${page})`, await list({ ...query, ...(cursor === undefined ? {} : { cursor }) }));
    const found = result.items.find(match);
    if (found !== undefined) return found;
    if (result.nextCursor === null) return undefined;
    if (seen.has(result.nextCursor)) throw new Error(`${step}: cursor "${result.nextCursor}" repeated`);
    seen.add(result.nextCursor);
    cursor = result.nextCursor;
  }
  throw new Error(`${step}: not found within ${maxPages} pages`);
}

/** Runs `create` once and shares its promise, so tests may run in any order. */
export function once<T>(create: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= create());
}
