import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity('invoice_status')
export class InvoiceStatusEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('text') key: string;
  @Column('text') name: string;
  @Column('integer') position: number;
  @Column('boolean') isDefault: boolean;
  @Column('boolean') isEditable: boolean;
  @Column('boolean') requiresInvoiceNumber: boolean;
  @Column('boolean') isSent: boolean;
  @Column('boolean') isPartiallyPaid: boolean;
  @Column('boolean') isPaid: boolean;
  @Column('boolean') isFailed: boolean;
  @Column('boolean') isCreditNoteDefault: boolean;
  @Column('boolean') isTransferTrigger: boolean;
  @Column('boolean') isAfterTransfer: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
