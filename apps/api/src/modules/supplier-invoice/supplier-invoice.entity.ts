import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A supplier's invoice to the tenant; amounts are numeric in Postgres and decimal strings here. */
@Entity('supplier_invoice')
export class SupplierInvoiceEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') supplierId: string;
  @Column('text') invoiceNumber: string;
  @Column('char', { length: 3 }) currency: string;
  @Column('date') issueDate: string;
  @Column('date', { nullable: true }) dueDate: string | null;
  @Column('numeric', { precision: 17, scale: 2 }) netAmount: string;
  @Column('numeric', { precision: 17, scale: 2 }) vatAmount: string;
  @Column('numeric', { precision: 17, scale: 2 }) grossAmount: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
