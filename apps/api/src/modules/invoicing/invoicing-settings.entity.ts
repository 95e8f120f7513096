import type { InvoiceCreationMode, InvoiceDelivery, InvoicingTime } from '@ledgerbridge/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('invoicing_settings')
export class InvoicingSettingsEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @Column('text') creationMode: InvoiceCreationMode;
  @Column('text') invoicingTime: InvoicingTime;
  @Column('text') delivery: InvoiceDelivery;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column('text', { nullable: true }) updatedBy: string | null;
}
