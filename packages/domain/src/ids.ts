import { z } from 'zod';

// Brands stop an id of one record type being passed where another is expected, at zero runtime
// cost; the schemas are the only checked way in, the `as…` casts the unchecked one.

/** Tenant id (UUID). */
export const tenantIdSchema = z.uuid().brand<'TenantId'>();
/** Customer id (UUID). */
export const customerIdSchema = z.uuid().brand<'CustomerId'>();
/** Supplier id (UUID). */
export const supplierIdSchema = z.uuid().brand<'SupplierId'>();
/** Product id (UUID). */
export const productIdSchema = z.uuid().brand<'ProductId'>();
/** Project id (UUID). */
export const projectIdSchema = z.uuid().brand<'ProjectId'>();
/** Invoice or credit-note id (UUID). */
export const invoiceIdSchema = z.uuid().brand<'InvoiceId'>();
/** Invoice line id (UUID). */
export const invoiceLineIdSchema = z.uuid().brand<'InvoiceLineId'>();
/** Invoice status id (UUID); statuses are addressed by `key` inside a pipeline. */
export const invoiceStatusIdSchema = z.uuid().brand<'InvoiceStatusId'>();
/** Project cost id (UUID). */
export const projectCostIdSchema = z.uuid().brand<'ProjectCostId'>();
/** Payment id (UUID). */
export const paymentIdSchema = z.uuid().brand<'PaymentId'>();
/** Admin user id (UUID). */
export const userIdSchema = z.uuid().brand<'UserId'>();
/** Partner API key id (UUID). */
export const apiKeyIdSchema = z.uuid().brand<'ApiKeyId'>();
/** ERP connection id (UUID). */
export const connectionIdSchema = z.uuid().brand<'ConnectionId'>();

export type TenantId = z.infer<typeof tenantIdSchema>;
export type CustomerId = z.infer<typeof customerIdSchema>;
export type SupplierId = z.infer<typeof supplierIdSchema>;
export type ProductId = z.infer<typeof productIdSchema>;
export type ProjectId = z.infer<typeof projectIdSchema>;
export type InvoiceId = z.infer<typeof invoiceIdSchema>;
export type InvoiceLineId = z.infer<typeof invoiceLineIdSchema>;
export type InvoiceStatusId = z.infer<typeof invoiceStatusIdSchema>;
export type ProjectCostId = z.infer<typeof projectCostIdSchema>;
export type PaymentId = z.infer<typeof paymentIdSchema>;
export type UserId = z.infer<typeof userIdSchema>;
export type ApiKeyId = z.infer<typeof apiKeyIdSchema>;
export type ConnectionId = z.infer<typeof connectionIdSchema>;

/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asTenantId = (id: string): TenantId => id as TenantId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asCustomerId = (id: string): CustomerId => id as CustomerId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asSupplierId = (id: string): SupplierId => id as SupplierId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asProductId = (id: string): ProductId => id as ProductId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asProjectId = (id: string): ProjectId => id as ProjectId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asInvoiceId = (id: string): InvoiceId => id as InvoiceId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asInvoiceLineId = (id: string): InvoiceLineId => id as InvoiceLineId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asInvoiceStatusId = (id: string): InvoiceStatusId => id as InvoiceStatusId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asProjectCostId = (id: string): ProjectCostId => id as ProjectCostId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asPaymentId = (id: string): PaymentId => id as PaymentId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asUserId = (id: string): UserId => id as UserId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asApiKeyId = (id: string): ApiKeyId => id as ApiKeyId;
/** Unchecked cast for ids read from trusted storage (the database); never for user input. */
export const asConnectionId = (id: string): ConnectionId => id as ConnectionId;
