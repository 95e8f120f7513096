import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('supplier_invoice_line')
export class SupplierInvoiceLineEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') supplierInvoiceId: string;
  @Column('integer') position: number;
  @Column('uuid', { nullable: true }) productId: string | null;
  /** The row of the posting matrix (RB-11); copied from the product when the line was entered. */
  @Column('text') productGroup: string;
  @Column('text') description: string;
  @Column('numeric', { precision: 19, scale: 4 }) quantity: string;
  @Column('numeric', { precision: 19, scale: 4 }) unitPrice: string;
  @Column('numeric', { precision: 5, scale: 2 }) vatRate: string;
  @Column('numeric', { precision: 17, scale: 2 }) netAmount: string;
  @Column('numeric', { precision: 17, scale: 2 }) vatAmount: string;
}
