import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('invoice_line')
export class InvoiceLineEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') invoiceId: string;
  @Column('integer') position: number;
  @Column('uuid', { nullable: true }) productId: string | null;
  @Column('uuid', { nullable: true }) projectId: string | null;
  /** On credit-note lines: the invoice line being credited, so no line is credited twice. */
  @Column('uuid', { nullable: true }) creditedLineId: string | null;
  @Column('text') description: string;
  @Column('numeric', { precision: 19, scale: 4 }) quantity: string;
  @Column('text', { nullable: true }) unit: string | null;
  @Column('numeric', { precision: 19, scale: 4 }) unitPrice: string;
  @Column('numeric', { precision: 5, scale: 2 }) discountPercent: string;
  @Column('numeric', { precision: 5, scale: 2 }) vatRate: string;
  @Column('numeric', { precision: 17, scale: 2 }) netAmount: string;
  @Column('numeric', { precision: 17, scale: 2 }) vatAmount: string;
}
