import { z } from 'zod';

/** The registers whose records go through a mapping table. */
export const mappingRegisters = ['customers', 'products', 'projects', 'invoices', 'invoiceLines', 'projectCosts'] as const;
export type MappingRegister = (typeof mappingRegisters)[number];

export type MappingDirection = 'TO_ERP' | 'FROM_ERP';
export type MappingMode = 'ALWAYS' | 'CREATE_ONLY';

/** How a value is checked and converted when it comes from a FIXED value, a default or a template. */
export type FieldKind = 'string' | 'decimal' | 'integer' | 'boolean' | 'date';

export interface MappingField {
  readonly path: string;
  readonly kind: FieldKind;
  /**
   * The record cannot be built without it, so a row for it must stay required and be sent on
   * every write (a connector's update replaces the whole vendor record).
   */
  readonly isRecordRequired?: boolean;
  /** The source field the default table reads, when it is not the same path. */
  readonly defaultSource?: string;
}

export interface RegisterFields {
  readonly direction: MappingDirection;
  /** Fields the table may write (canonical record fields; for FROM_ERP, our record's fields). */
  readonly targets: readonly MappingField[];
  /** Fields a FIELD source, a template or PRICE_INCL_VAT may read. */
  readonly sources: readonly MappingField[];
  /** Nested objects that are sent whole or not at all: the parts each needs once any part is set. */
  readonly groups?: Readonly<Record<string, readonly string[]>>;
}

const f = (path: string, kind: FieldKind = 'string', isRecordRequired = false): MappingField => ({ path, kind, ...(isRecordRequired ? { isRecordRequired } : {}) });

const addressFields = (prefix: string): MappingField[] =>
  ['line1', 'line2', 'postalCode', 'city', 'countryCode'].map((k) => f(`${prefix}.${k}`));

const customerTargets = [
  f('number'), f('name', 'string', true), f('organizationNumber'), f('vatNumber'), f('ean'), f('email'), f('phone'),
  ...addressFields('address'), f('paymentTermsDays', 'integer', true), f('currency', 'string', true), f('isActive', 'boolean', true),
];
const productTargets = [
  f('number', 'string', true), f('name', 'string', true), f('unit', 'string', true), f('salesPrice', 'decimal', true),
  f('costPrice', 'decimal'), f('productGroup'), f('vatRate', 'decimal'), f('isActive', 'boolean', true),
];
const projectTargets = [
  f('number', 'string', true), f('name', 'string', true), f('customerNumber'), f('isActive', 'boolean', true), f('startDate', 'date'), f('endDate', 'date'),
  f('description'),
];
// amounts, quantities and our reference stay out of reach: the total check (SE-VN-36) and the
// intent ledger's lookup by reference depend on them being ours
const invoiceTargets = [
  f('customerNumber', 'string', true), f('currency', 'string', true), f('issueDate', 'date', true), f('dueDate', 'date'),
  f('projectNumber'), f('yourReference'), f('notes'),
  // optional header rows (SE-FX-56, ADR 0030)
  f('paymentTerms'), f('ourReference'), f('freeTextAbove'), f('freeTextBelow'), f('language'),
  f('receiverAddress'), f('receiverPostalCode'), f('receiverCity'), f('receiverCountry'),
];
const invoiceSources = [
  ...invoiceTargets, f('reference'), f('netAmount', 'decimal'), f('vatAmount', 'decimal'), f('grossAmount', 'decimal'),
];
const invoiceLineTargets = [f('productNumber'), f('description', 'string', true), f('unit'), f('projectNumber')];
const invoiceLineSources = [
  ...invoiceLineTargets, f('quantity', 'decimal'), f('unitPrice', 'decimal'), f('discountPercent', 'decimal'), f('vatRate', 'decimal'), f('netAmount', 'decimal'),
];
// project costs come from the ERP (SE-EE-50, SE-FX-59, SE-VN-67): the source is the ERP's line
const projectCostTargets = [
  f('description', 'string', true), { ...f('costDate', 'date', true), defaultSource: 'date' }, f('quantity', 'decimal', true), f('unitCost', 'decimal', true), f('productNumber'),
];
const projectCostSources = [
  f('projectNumber'), f('supplierNumber'), f('supplierName'), f('supplierInvoiceNumber'), f('description'),
  f('date', 'date'), f('quantity', 'decimal'), f('unitCost', 'decimal'), f('amount', 'decimal'), f('productNumber'),
];

/** What each register's table may read and write. */
export const registerFields: Readonly<Record<MappingRegister, RegisterFields>> = {
  customers: {
    direction: 'TO_ERP', targets: customerTargets,
    // an address with a postal code but no city is refused by every ERP (SE-EE-05)
    groups: { address: ['line1', 'postalCode', 'city', 'countryCode'] },
    // every address type, so a table can choose which one the ERP gets (SE-EE-34, SE-FX-16)
    sources: [...customerTargets, ...addressFields('billingAddress'), ...addressFields('postalAddress'), ...addressFields('visitingAddress')],
  },
  products: { direction: 'TO_ERP', targets: productTargets, sources: productTargets },
  projects: { direction: 'TO_ERP', targets: projectTargets, sources: projectTargets },
  invoices: { direction: 'TO_ERP', targets: invoiceTargets, sources: invoiceSources },
  invoiceLines: { direction: 'TO_ERP', targets: invoiceLineTargets, sources: invoiceLineSources },
  projectCosts: { direction: 'FROM_ERP', targets: projectCostTargets, sources: projectCostSources },
};

export function targetField(register: MappingRegister, path: string): MappingField | undefined {
  return registerFields[register].targets.find((t) => t.path === path);
}

export function sourceField(register: MappingRegister, path: string): MappingField | undefined {
  return registerFields[register].sources.find((s) => s.path === path);
}

const fieldPathSchema = z.string().trim().min(1).max(100);

export const mappingSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('FIELD'), path: fieldPathSchema }),
  z.object({ kind: z.literal('FIXED'), value: z.string().max(500) }),
  /** Placeholders in braces name source fields: "{date} {voucherNumber} {supplierName}". */
  z.object({ kind: z.literal('TEMPLATE'), template: z.string().trim().min(1).max(500) }),
]);
export type MappingSource = z.infer<typeof mappingSourceSchema>;

export const mappingTransformSchema = z.discriminatedUnion('kind', [
  /** Cut to the ERP's length limit (SE-FX-28). */
  z.object({ kind: z.literal('TRUNCATE'), length: z.number().int().min(1).max(10_000) }),
  z.object({ kind: z.literal('UPPER') }),
  /** The first line of a multi-line value: ERP address line 1 (SE-EE-35). */
  z.object({ kind: z.literal('FIRST_LINE') }),
  /** Every line after the first, joined into one: ERP address line 2 (SE-EE-35). */
  z.object({ kind: z.literal('FOLD_ADDRESS_LINES') }),
  /** A full name split at the first space (SE-EE-37). */
  z.object({ kind: z.literal('SPLIT_NAME_FIRST') }),
  z.object({ kind: z.literal('SPLIT_NAME_REST') }),
  /** Price excl. VAT plus the VAT rate read from another source field (SE-EE-43). */
  z.object({ kind: z.literal('PRICE_INCL_VAT'), vatRateField: fieldPathSchema }),
]);
export type MappingTransform = z.infer<typeof mappingTransformSchema>;
export type MappingTransformKind = MappingTransform['kind'];

export const mappingRowSchema = z.object({
  target: fieldPathSchema,
  source: mappingSourceSchema,
  transform: mappingTransformSchema.optional(),
  /** Used when the source is empty. */
  default: z.string().max(500).optional(),
  /** An empty value (after the default) fails the record, naming this target (SE-EE-29, SE-EE-46). */
  required: z.boolean().default(false),
  /** CREATE_ONLY: set when the record is created, left out of updates (SE-FX-54). */
  mode: z.enum(['ALWAYS', 'CREATE_ONLY']).default('ALWAYS'),
  direction: z.enum(['TO_ERP', 'FROM_ERP']),
});
export type MappingRow = z.infer<typeof mappingRowSchema>;
export type MappingRowInput = z.input<typeof mappingRowSchema>;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The source fields a template names, in order. */
export function templateFields(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? '').trim());
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A text value (FIXED, default) as the field's kind; undefined when it does not fit. */
export function coerceText(kind: FieldKind, text: string): string | number | boolean | undefined {
  const t = text.trim();
  switch (kind) {
    case 'string':
      return text;
    case 'decimal':
      return DECIMAL.test(t) ? t : undefined;
    case 'integer':
      return /^-?\d+$/.test(t) ? Number(t) : undefined;
    case 'boolean':
      return t === 'true' ? true : t === 'false' ? false : undefined;
    case 'date':
      return DATE.test(t) && !Number.isNaN(Date.parse(`${t}T00:00:00Z`)) ? t : undefined;
  }
}

const STRING_TRANSFORMS: readonly MappingTransformKind[] = ['TRUNCATE', 'UPPER', 'FIRST_LINE', 'FOLD_ADDRESS_LINES', 'SPLIT_NAME_FIRST', 'SPLIT_NAME_REST'];

/**
 * One register's table, checked against what that register can read and write, so a table that
 * validates can always be evaluated. Paths of issues are [rowIndex, property…].
 */
export function mappingTableSchema(register: MappingRegister) {
  const fields = registerFields[register];
  // checked per row, so a row that fails here does not hide the problems of the others
  const row = mappingRowSchema.superRefine((row, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const target = targetField(register, row.target);
    if (!target) {
      issue(['target'], `"${row.target}" is not a field of ${register}; known: ${fields.targets.map((t) => t.path).join(', ')}`);
      return;
    }
    if (row.direction !== fields.direction) issue(['direction'], `${register} are mapped ${fields.direction}`);
    if (target.isRecordRequired && !row.required) issue(['required'], `"${row.target}" is needed to build the record, so it must stay required`);
    if (target.isRecordRequired && row.mode === 'CREATE_ONLY') issue(['mode'], `"${row.target}" is needed on every write, so it cannot be CREATE_ONLY`);
    const { source } = row;
    if (source.kind === 'FIELD' && !sourceField(register, source.path)) issue(['source', 'path'], `"${source.path}" is not a source field of ${register}`);
    if (source.kind === 'FIXED' && coerceText(target.kind, source.value) === undefined) issue(['source', 'value'], `"${source.value}" is not a valid ${target.kind} for "${row.target}"`);
    if (source.kind === 'TEMPLATE') {
      const named = templateFields(source.template);
      if (named.length === 0) issue(['source', 'template'], 'A template names at least one source field in braces, e.g. "{name}"');
      const unknown = named.filter((n) => !sourceField(register, n));
      if (unknown.length > 0) issue(['source', 'template'], `Unknown source field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
      if (target.kind !== 'string') issue(['source', 'template'], `A template makes text; "${row.target}" is a ${target.kind}`);
    }
    if (row.default !== undefined && coerceText(target.kind, row.default) === undefined) issue(['default'], `"${row.default}" is not a valid ${target.kind} for "${row.target}"`);
    const transform = row.transform;
    if (transform && STRING_TRANSFORMS.includes(transform.kind) && target.kind !== 'string') issue(['transform'], `${transform.kind} makes text; "${row.target}" is a ${target.kind}`);
    if (transform?.kind === 'PRICE_INCL_VAT') {
      if (target.kind !== 'decimal') issue(['transform'], `PRICE_INCL_VAT makes an amount; "${row.target}" is a ${target.kind}`);
      if (sourceField(register, transform.vatRateField)?.kind !== 'decimal') issue(['transform', 'vatRateField'], `"${transform.vatRateField}" is not a decimal source field of ${register}`);
    }
  });
  return z.array(row).max(100).superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.target)) ctx.addIssue({ code: 'custom', path: [i, 'target'], message: `"${r.target}" is mapped twice` });
      seen.add(r.target);
    });
  });
}

/** Per-connection overrides as stored: rows by register, each replacing the default row of its target. */
export const fieldMappingOverridesSchema = z.object(
  Object.fromEntries(mappingRegisters.map((r) => [r, mappingTableSchema(r).optional()])) as Record<MappingRegister, z.ZodOptional<ReturnType<typeof mappingTableSchema>>>,
);
export type FieldMappingOverrides = z.infer<typeof fieldMappingOverridesSchema>;
