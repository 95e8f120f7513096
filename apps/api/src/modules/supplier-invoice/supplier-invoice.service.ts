import { randomUUID } from 'node:crypto';
import { computeInvoiceTotals, computeLineAmounts, err, fieldError, ok, parseInput, supplierInvoiceInputSchema, type FieldError, type Result } from '@ledgerbridge/domain';
import { In, type EntityManager } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { plainInput } from '../../graphql/plain-input.js';
import { isUniqueViolation } from '../common/pg-errors.js';
import { decodeIds } from '../invoice/invoice-input.mapper.js';
import { ProductEntity } from '../product/product.entity.js';
import { SupplierEntity } from '../supplier/supplier.entity.js';
import type { CreateSupplierInvoiceInput } from './dto/supplier-invoice.input.js';
import { SupplierInvoiceLineEntity } from './supplier-invoice-line.entity.js';
import { SupplierInvoiceEntity } from './supplier-invoice.entity.js';
import { SupplierInvoiceRepository } from './supplier-invoice.repository.js';

type Raw = Record<string, unknown>;

/** Lines naming a product take its group and name unless given: the group picks the matrix row (RB-11). */
async function fillFromProducts(m: EntityManager, tenantId: string, lines: Raw[], errors: FieldError[]): Promise<Raw[]> {
  const ids = lines.map((l) => l['productId']).filter((v): v is string => typeof v === 'string');
  const products = new Map((ids.length ? await m.findBy(ProductEntity, { tenantId, id: In(ids) }) : []).map((p) => [p.id, p]));
  return lines.map((line, i) => {
    if (typeof line['productId'] !== 'string') return line;
    const product = products.get(line['productId']);
    if (!product) {
      errors.push(fieldError('NOT_FOUND', 'No product with this id', ['lines', String(i), 'productId']));
      return line;
    }
    return { description: product.name, ...(product.productGroup ? { productGroup: product.productGroup } : {}), ...line };
  });
}

export class SupplierInvoiceService {
  readonly repository: SupplierInvoiceRepository;

  constructor(private readonly db: TenantDb) {
    this.repository = new SupplierInvoiceRepository(db);
  }

  async create(tenantId: string, input: CreateSupplierInvoiceInput): Promise<Result<SupplierInvoiceEntity, FieldError[]>> {
    return this.db.write(tenantId, async (m, rollback) => {
      const errors: FieldError[] = [];
      const { lines: rawLines, ...head } = plainInput(input) as Raw;
      const decoded = decodeIds(head, { supplierId: 'Supplier' }, [], errors);
      const supplierId = typeof decoded['supplierId'] === 'string' ? decoded['supplierId'] : null;
      if (supplierId && !(await m.existsBy(SupplierEntity, { tenantId, id: supplierId }))) errors.push(fieldError('NOT_FOUND', 'No supplier with this id', ['supplierId']));
      const lines = ((rawLines as Raw[] | undefined) ?? []).map((line, i) => decodeIds(line, { productId: 'Product' }, ['lines', String(i)], errors));
      const filled = await fillFromProducts(m, tenantId, lines, errors);
      const parsed = parseInput(supplierInvoiceInputSchema, { ...decoded, lines: filled });
      // an undecodable supplier id is already NOT_FOUND; its REQUIRED from the schema would repeat it
      const isSupplierReported = errors.some((e) => e.field[0] === 'supplierId');
      if (!parsed.ok || errors.length > 0) return err([...errors, ...(parsed.ok ? [] : parsed.error.filter((e) => !(isSupplierReported && e.field[0] === 'supplierId')))]);
      const v = parsed.value;
      const invoice = Object.assign(new SupplierInvoiceEntity(), {
        id: randomUUID(), tenantId, supplierId: v.supplierId, invoiceNumber: v.invoiceNumber, currency: v.currency,
        issueDate: v.issueDate, dueDate: v.dueDate ?? null, ...computeInvoiceTotals(v.lines),
      });
      try {
        const saved = await this.repository.save(tenantId, m, invoice);
        await m.save(SupplierInvoiceLineEntity, v.lines.map((l, position) => {
          const { netAmount, vatAmount } = computeLineAmounts(l);
          return Object.assign(new SupplierInvoiceLineEntity(), {
            id: randomUUID(), tenantId, supplierInvoiceId: saved.id, position, productId: l.productId ?? null, productGroup: l.productGroup,
            description: l.description, quantity: l.quantity, unitPrice: l.unitPrice, vatRate: l.vatRate, netAmount, vatAmount,
          });
        }));
        return ok(saved);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        rollback();
        return err([fieldError('CONFLICT', `Invoice ${v.invoiceNumber} of this supplier is already entered`, ['invoiceNumber'])]);
      }
    });
  }
}
