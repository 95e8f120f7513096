import type { FieldError, InvoiceLineInput as DomainLine } from '@ledgerbridge/domain';
import { fieldError } from '@ledgerbridge/domain';
import { In, type EntityManager } from 'typeorm';
import { plainInput } from '../../graphql/plain-input.js';
import { idOfType } from '../../graphql/relay.js';
import { ProductEntity } from '../product/product.entity.js';
import type { InvoiceLineEntity } from './invoice-line.entity.js';
import { invoiceHeaderOf } from './invoice-header.js';
import type { InvoiceEntity } from './invoice.entity.js';

type Raw = Record<string, unknown>;

/**
 * Global ids in the input become row ids before domain validation. An id of the wrong type or
 * garbage is reported as NOT_FOUND at its path, exactly like an id of another tenant.
 */
export function decodeIds(input: Raw, fields: Record<string, string>, path: string[], errors: FieldError[]): Raw {
  const out: Raw = { ...input };
  for (const [field, type] of Object.entries(fields)) {
    const value = input[field];
    if (typeof value !== 'string') continue;
    const rowId = idOfType(value, type);
    if (rowId) out[field] = rowId;
    else {
      errors.push(fieldError('NOT_FOUND', `No ${type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} with this id`, [...path, field]));
      delete out[field];
    }
  }
  return out;
}

/** Lines naming a product get its description, price, VAT rate, unit and number unless given. */
export async function fillFromProducts(m: EntityManager, tenantId: string, lines: Raw[], errors: FieldError[]): Promise<Raw[]> {
  const ids = [...new Set(lines.map((l) => l['productId']).filter((v): v is string => typeof v === 'string'))];
  const products = ids.length ? await m.findBy(ProductEntity, { tenantId, id: In(ids) }) : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  return lines.map((line, i) => {
    const productId = line['productId'];
    if (typeof productId !== 'string') return line;
    const p = byId.get(productId);
    if (!p) {
      errors.push(fieldError('NOT_FOUND', 'No product with this id', ['lines', String(i), 'productId']));
      return line;
    }
    return {
      description: p.name, unitPrice: p.salesPrice, unit: p.unit, productNumber: p.number,
      ...(p.vatRate !== null ? { vatRate: p.vatRate } : {}),
      ...line,
    };
  });
}

export function lineInputs(raw: unknown, errors: FieldError[]): Raw[] {
  const lines = (plainInput(raw) as Raw[] | undefined) ?? [];
  return lines.map((l, i) => decodeIds(l ?? {}, { productId: 'Product', projectId: 'Project' }, ['lines', String(i)], errors));
}

/** A stored line in the domain's input shape. */
export function storedLine(l: InvoiceLineEntity): DomainLine {
  return plainInput({
    productId: l.productId, description: l.description, quantity: l.quantity, unitPrice: l.unitPrice,
    discountPercent: l.discountPercent, vatRate: l.vatRate, unit: l.unit, projectId: l.projectId,
  }) as DomainLine;
}

/** A stored invoice in the domain's input shape, for partial updates. */
export function storedInvoice(e: InvoiceEntity): Raw {
  return plainInput({
    kind: e.kind, customerId: e.customerId, projectId: e.projectId, creditedInvoiceId: e.creditedInvoiceId,
    currency: e.currency.trim(), issueDate: e.issueDate, dueDate: e.dueDate, reference: e.reference, notes: e.notes, ...invoiceHeaderOf(e),
  }) as Raw;
}
