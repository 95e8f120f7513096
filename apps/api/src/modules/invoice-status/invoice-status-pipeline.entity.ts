import type { AutoInvoiceBinding } from '@ledgerbridge/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface TransitionValue {
  from: string;
  to: string;
}

/** One row per tenant: the allowed transitions and a revision that increases with every save. */
@Entity('invoice_status_pipeline')
export class InvoiceStatusPipelineEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @Column('jsonb') transitions: TransitionValue[];
  @Column('integer') revision: number;
  /** AutoInvoice's status settings (SE-VN-53); null when invoices are not sent through AutoInvoice. */
  @Column('jsonb', { nullable: true }) autoInvoice: AutoInvoiceBinding | null;
  @Column('text', { nullable: true }) updatedBy: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
