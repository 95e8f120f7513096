import { randomUUID } from 'node:crypto';
import {
  buildCreditNote, computeInvoiceTotals, computeLineAmounts, creditNoteRequestSchema, defaultStatusFor, ensureInvoiceEditable, err,
  fieldError, invoiceInputSchema, ok, parseInput, transitionInvoice, type FieldError, type InvoiceInput, type InvoiceLine, type Result,
} from '@ledgerbridge/domain';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { plainInput } from '../../graphql/plain-input.js';
import { CustomerEntity } from '../customer/customer.entity.js';
import { EventKind, type EventService } from '../event/event.service.js';
import type { InvoiceStatusService } from '../invoice-status/invoice-status.service.js';
import { ProjectEntity } from '../project/project.entity.js';
import type { CreateCreditNoteInput, CreateInvoiceInput, TransitionInvoiceStatusInput, UpdateInvoiceInput } from './dto/invoice.input.js';
import { decodeIds, fillFromProducts, lineInputs, storedInvoice, storedLine } from './invoice-input.mapper.js';
import { InvoiceLineEntity } from './invoice-line.entity.js';
import { InvoiceEntity } from './invoice.entity.js';
import { InvoiceRepository } from './invoice.repository.js';
import { checkSourceNumber } from './invoice-source-number.js';
import { invoiceHeaderColumns } from './invoice-header.js';

type Outcome = Result<InvoiceEntity, FieldError[]>;

/** Checks that referenced rows exist for this tenant; composite foreign keys back this up. */
async function checkReferences(m: EntityManager, tenantId: string, v: InvoiceInput): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (!(await m.existsBy(CustomerEntity, { tenantId, id: v.customerId }))) errors.push(fieldError('NOT_FOUND', 'No customer with this id', ['customerId']));
  const projectIds = [...new Set([v.projectId, ...v.lines.map((l) => l.projectId)].filter((x): x is NonNullable<typeof x> => Boolean(x)))];
  const found = projectIds.length ? new Set((await m.findBy(ProjectEntity, { tenantId, id: In(projectIds) })).map((p) => p.id)) : new Set<string>();
  if (v.projectId && !found.has(v.projectId)) errors.push(fieldError('NOT_FOUND', 'No project with this id', ['projectId']));
  v.lines.forEach((l, i) => {
    if (l.projectId && !found.has(l.projectId)) errors.push(fieldError('NOT_FOUND', 'No project with this id', ['lines', String(i), 'projectId']));
  });
  return errors;
}

function lineRows(tenantId: string, invoiceId: string, lines: readonly (InvoiceInput['lines'][number] & { creditedLineId?: string })[]): InvoiceLineEntity[] {
  return lines.map((l, position) => {
    const amounts = computeLineAmounts(l);
    return Object.assign(new InvoiceLineEntity(), {
      id: randomUUID(), tenantId, invoiceId, position, productId: l.productId ?? null, projectId: l.projectId ?? null,
      creditedLineId: l.creditedLineId ?? null, description: l.description, quantity: l.quantity, unit: l.unit ?? null,
      unitPrice: l.unitPrice, discountPercent: l.discountPercent, vatRate: l.vatRate, netAmount: amounts.netAmount, vatAmount: amounts.vatAmount,
    });
  });
}

export class InvoiceService {
  readonly repository: InvoiceRepository;

  constructor(private readonly db: TenantDb, private readonly statuses: InvoiceStatusService, private readonly events: EventService) {
    this.repository = new InvoiceRepository(db);
  }

  /** Validates the candidate, checks references, computes amounts and stores invoice and lines. */
  private async store(m: EntityManager, tenantId: string, input: Record<string, unknown>, errors: FieldError[], existing: InvoiceEntity | null, creditedLineIds: (string | undefined)[] = []): Promise<Outcome> {
    const { sourceNumber: givenNumber, ...candidate } = input;
    const parsed = parseInput(invoiceInputSchema, candidate);
    const sourceNumber = parsed.ok ? await checkSourceNumber(m, tenantId, parsed.value.kind, givenNumber === undefined ? existing?.sourceNumber ?? null : String(givenNumber), existing?.id ?? null) : { value: null, errors: [] };
    const all = [...errors, ...sourceNumber.errors, ...(parsed.ok ? await checkReferences(m, tenantId, parsed.value) : parsed.error)];
    if (!parsed.ok || all.length > 0) return err(all);
    const v = parsed.value;
    const totals = computeInvoiceTotals(v.lines);
    const { pipeline, rows } = await this.statuses.load(tenantId, m);
    const statusId = existing?.statusId ?? rows.find((r) => r.key === defaultStatusFor(pipeline, v.kind))!.id;
    const invoice = Object.assign(existing ?? new InvoiceEntity(), {
      id: existing?.id ?? randomUUID(), tenantId, kind: v.kind, number: existing?.number ?? null, paymentReference: existing?.paymentReference ?? null, sourceNumber: sourceNumber.value, customerId: v.customerId,
      projectId: v.projectId ?? null, creditedInvoiceId: v.creditedInvoiceId ?? null, statusId, currency: v.currency,
      issueDate: v.issueDate, dueDate: v.dueDate ?? null, reference: v.reference ?? null, notes: v.notes ?? null, ...invoiceHeaderColumns(v), ...totals,
    });
    const saved = await m.save(InvoiceEntity, invoice);
    if (existing) await m.delete(InvoiceLineEntity, { tenantId, invoiceId: saved.id });
    await m.save(InvoiceLineEntity, lineRows(tenantId, saved.id, v.lines.map((l, i) => ({ ...l, creditedLineId: creditedLineIds[i] }))));
    return ok(saved);
  }

  async create(tenantId: string, input: CreateInvoiceInput): Promise<Outcome> {
    return this.db.write(tenantId, async (m, rollback) => {
      const errors: FieldError[] = [];
      const { lines, ...head } = plainInput(input) as Record<string, unknown>;
      const decoded = decodeIds(head, { customerId: 'Customer', projectId: 'Project' }, [], errors);
      const filled = await fillFromProducts(m, tenantId, lineInputs(lines, errors), errors);
      const result = await this.store(m, tenantId, { ...decoded, kind: 'INVOICE', lines: filled }, errors, null);
      if (!result.ok) rollback();
      return result;
    });
  }

  async update(tenantId: string, input: UpdateInvoiceInput): Promise<Outcome> {
    return this.db.write(tenantId, async (m, rollback) => {
      const found = await this.lockInvoice(m, tenantId, input.id, ['id']);
      if (!found.ok) return found;
      const existing = found.value;
      if (input.expectedVersion != null && input.expectedVersion !== existing.version) {
        return err([fieldError('CONFLICT', `The invoice changed since version ${input.expectedVersion} (now ${existing.version}); reload and retry`, ['expectedVersion'])]);
      }
      const { pipeline, rows } = await this.statuses.load(tenantId, m);
      const statusKey = rows.find((r) => r.id === existing.statusId)!.key;
      const editable = ensureInvoiceEditable(pipeline, statusKey);
      if (!editable.ok) return err([editable.error]);
      const errors: FieldError[] = [];
      const { id: _id, expectedVersion: _v, lines, ...head } = plainInput(input) as Record<string, unknown>;
      const decoded = decodeIds(head, { customerId: 'Customer', projectId: 'Project' }, [], errors);
      const stored = await m.find(InvoiceLineEntity, { where: { tenantId, invoiceId: existing.id }, order: { position: 'ASC' } });
      const newLines = lines === undefined ? stored.map(storedLine) : await fillFromProducts(m, tenantId, lineInputs(lines, errors), errors);
      const result = await this.store(m, tenantId, { ...storedInvoice(existing), ...decoded, lines: newLines }, errors, existing,
        lines === undefined ? stored.map((l) => l.creditedLineId ?? undefined) : []);
      if (!result.ok) rollback();
      return result;
    });
  }

  async createCreditNote(tenantId: string, input: CreateCreditNoteInput): Promise<Outcome> {
    return this.db.write(tenantId, async (m, rollback) => {
      const found = await this.lockInvoice(m, tenantId, input.invoiceId, ['invoiceId']);
      if (!found.ok) return found;
      const original = found.value;
      const errors: FieldError[] = [];
      const requestLines = (plainInput(input.lines) as Record<string, unknown>[] | undefined)?.map((l, i) =>
        decodeIds(l, { lineId: 'InvoiceLine' }, ['lines', String(i)], errors));
      const request = parseInput(creditNoteRequestSchema, { issueDate: input.issueDate, lines: requestLines });
      if (!request.ok || errors.length > 0) return err([...errors, ...(request.ok ? [] : request.error)]);
      const lines = await m.find(InvoiceLineEntity, { where: { tenantId, invoiceId: original.id }, order: { position: 'ASC' } });
      const creditNotes = await m.find(InvoiceEntity, { where: { tenantId, creditedInvoiceId: original.id } });
      const credited = creditNotes.length
        ? await m.find(InvoiceLineEntity, { where: { tenantId, invoiceId: In(creditNotes.map((c) => c.id)), creditedLineId: Not(IsNull()) } })
        : [];
      const draft = buildCreditNote(
        {
          id: original.id as never, kind: original.kind, customerId: original.customerId as never, projectId: (original.projectId ?? undefined) as never,
          currency: original.currency.trim(), lines: lines.map((l) => ({ ...storedLine(l), id: l.id }) as InvoiceLine),
        },
        request.value,
        credited.map((c) => ({ lineId: c.creditedLineId as never, quantity: c.quantity })),
      );
      if (!draft.ok) return draft;
      const { lines: draftLines, ...head } = draft.value;
      const result = await this.store(m, tenantId, { ...head, ...(input.sourceNumber != null ? { sourceNumber: input.sourceNumber } : {}), lines: draftLines.map(({ creditedLineId: _c, ...l }) => l) }, [], null,
        draftLines.map((l) => l.creditedLineId));
      if (!result.ok) rollback();
      return result;
    });
  }

  /** Moves an invoice along the pipeline and records the event in the same transaction. */
  async transition(tenantId: string, input: TransitionInvoiceStatusInput, actor: string | null): Promise<Outcome> {
    return this.db.write(tenantId, async (m) => {
      const found = await this.lockInvoice(m, tenantId, input.invoiceId, ['invoiceId']);
      if (!found.ok) return found;
      const moved = await this.move(m, tenantId, found.value, input.toStatusKey, { actor });
      return moved.ok ? moved : err([{ ...moved.error[0]!, field: moved.error[0]!.field.map((f) => (f === 'to' ? 'toStatusKey' : f)) }]);
    });
  }

  /**
   * The engine's moves (after transfer, failed, paid): the ERP's number is written first so a
   * numbered status accepts the invoice, then the move is checked against the pipeline like any
   * other and recorded as an event with the reason.
   */
  async applyTransferOutcome(tenantId: string, invoiceId: string, outcome: { number?: string | null; paymentReference?: string | null; toStatusKey?: string; reason?: string | null; connectionId: string }): Promise<Outcome> {
    return this.db.write(tenantId, async (m) => {
      const invoice = await lockRow(m, tenantId, invoiceId);
      if (!invoice) return err([fieldError('NOT_FOUND', 'No invoice with this id', ['invoiceId'])]);
      if (outcome.number) invoice.number = outcome.number;
      // written once the ERP assigns it; a later read without one never erases it (SE-EE-26)
      if (outcome.paymentReference) invoice.paymentReference = outcome.paymentReference;
      if (!outcome.toStatusKey) return ok(await m.save(InvoiceEntity, invoice));
      return this.move(m, tenantId, invoice, outcome.toStatusKey, { actor: 'transfer-engine', reason: outcome.reason ?? null, connectionId: outcome.connectionId, isNoOpWhenThere: true });
    });
  }

  /** The one way an invoice changes status: checked against the pipeline, saved, and published as an event. */
  private async move(m: EntityManager, tenantId: string, invoice: InvoiceEntity, toKey: string, meta: { actor: string | null; reason?: string | null; connectionId?: string; isNoOpWhenThere?: boolean }): Promise<Outcome> {
    const { pipeline, rows } = await this.statuses.load(tenantId, m);
    const from = rows.find((r) => r.id === invoice.statusId)!;
    if (meta.isNoOpWhenThere && toKey === from.key) return ok(await m.save(InvoiceEntity, invoice));
    const moved = transitionInvoice(pipeline, { from: from.key, to: toKey, invoice: { hasInvoiceNumber: invoice.number !== null, kind: invoice.kind } });
    if (!moved.ok) return err([moved.error]);
    const to = rows.find((r) => r.key === moved.value.to)!;
    invoice.statusId = to.id;
    const saved = await m.save(InvoiceEntity, invoice);
    await this.events.append(m, tenantId, {
      kind: EventKind.INVOICE_STATUS_CHANGED, invoiceId: invoice.id, connectionId: meta.connectionId ?? null,
      payload: {
        fromStatusKey: from.key, fromStatusName: from.name, toStatusKey: to.key, toStatusName: to.name,
        triggersTransfer: moved.value.triggersTransfer, invoiceNumber: invoice.number, paymentReference: invoice.paymentReference, actor: meta.actor, ...(meta.reason !== undefined ? { reason: meta.reason } : {}),
      },
    });
    return ok(saved);
  }

  private async lockInvoice(m: EntityManager, tenantId: string, globalId: string, field: string[]): Promise<Outcome> {
    const errors: FieldError[] = [];
    const id = decodeIds({ id: globalId }, { id: 'Invoice' }, [], errors)['id'];
    const row = typeof id === 'string' ? await lockRow(m, tenantId, id) : null;
    return row ? ok(row) : err([fieldError('NOT_FOUND', 'No invoice with this id', field)]);
  }
}

/** The invoice row, locked until the transaction ends, so concurrent moves queue up. */
function lockRow(m: EntityManager, tenantId: string, id: string): Promise<InvoiceEntity | null> {
  return m.getRepository(InvoiceEntity).createQueryBuilder('i').setLock('pessimistic_write').where('i.tenant_id = :tenantId AND i.id = :id', { tenantId, id }).getOne();
}
