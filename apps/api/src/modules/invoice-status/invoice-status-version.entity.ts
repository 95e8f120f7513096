import type { AutoInvoiceBinding, InvoiceStatus as DomainStatus, StatusTransition } from '@ledgerbridge/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One saved version of a tenant's pipeline (ADR 0018); `number` is the pipeline's revision. */
@Entity('invoice_status_pipeline_version')
export class InvoiceStatusVersionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('integer') number: number;
  @Column('text', { nullable: true }) savedBy: string | null;
  @Column('timestamptz') savedAt: Date;
  @Column('jsonb') statuses: DomainStatus[];
  @Column('jsonb') transitions: StatusTransition[];
  @Column('jsonb', { nullable: true }) autoInvoice: AutoInvoiceBinding | null;
  /** The version this one restored; null for an edit. */
  @Column('integer', { nullable: true }) restoredFrom: number | null;
}
