import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type InvoiceKind = 'INVOICE' | 'CREDIT_NOTE';

@Entity('invoice')
export class InvoiceEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('text') kind: InvoiceKind;
  /** Assigned by the ERP when the invoice is booked; null until then. */
  @Column('text', { nullable: true }) number: string | null;
  /** The source's own number (SE-FX-32): sent to the ERP when the source numbers invoices. */
  @Column('text', { nullable: true }) sourceNumber: string | null;
  /** The ERP's payment reference (OCR/KID), written back once the ERP assigns it (SE-EE-26). */
  @Column('text', { nullable: true }) paymentReference: string | null;
  @Column('uuid') customerId: string;
  @Column('uuid', { nullable: true }) projectId: string | null;
  @Column('uuid', { nullable: true }) creditedInvoiceId: string | null;
  @Column('uuid') statusId: string;
  @Column('char', { length: 3 }) currency: string;
  @Column('date') issueDate: string;
  @Column('date', { nullable: true }) dueDate: string | null;
  @Column('text', { nullable: true }) reference: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  /** Optional header rows sent to the ERP (SE-FX-56; ADR 0030). */
  @Column('text', { nullable: true }) paymentTerms: string | null;
  @Column('text', { nullable: true }) ourReference: string | null;
  @Column('text', { nullable: true }) freeTextAbove: string | null;
  @Column('text', { nullable: true }) freeTextBelow: string | null;
  @Column('text', { nullable: true }) language: string | null;
  @Column('text', { nullable: true }) receiverAddress: string | null;
  @Column('text', { nullable: true }) receiverPostalCode: string | null;
  @Column('text', { nullable: true }) receiverCity: string | null;
  @Column('text', { nullable: true }) receiverCountry: string | null;
  @Column('numeric', { precision: 17, scale: 2 }) netAmount: string;
  @Column('numeric', { precision: 17, scale: 2 }) vatAmount: string;
  @Column('numeric', { precision: 17, scale: 2 }) grossAmount: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
