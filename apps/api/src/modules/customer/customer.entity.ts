import type { InvoiceCreationMode, InvoiceDelivery, InvoicingTime } from '@ledgerbridge/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export interface AddressValue {
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  countryCode: string;
}

@Entity('customer')
export class CustomerEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('text', { nullable: true }) number: string | null;
  @Column('text') name: string;
  @Column('text', { nullable: true }) organizationNumber: string | null;
  @Column('text', { nullable: true }) vatNumber: string | null;
  @Column('text', { nullable: true }) ean: string | null;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('jsonb', { nullable: true }) billingAddress: AddressValue | null;
  @Column('jsonb', { nullable: true }) postalAddress: AddressValue | null;
  @Column('jsonb', { nullable: true }) visitingAddress: AddressValue | null;
  @Column('integer') paymentTermsDays: number;
  @Column('char', { length: 3, nullable: true }) currency: string | null;
  @Column('boolean') isActive: boolean;
  /** The invoice layout chosen on the customer, mapped to the ERP's by the connection (RB-23, RB-24). */
  @Column('text', { nullable: true }) layout: string | null;
  @Column('boolean') isProspect: boolean;
  /** The company's own internal customer: never sent to an ERP (SE-FX-13, SE-VN-23). */
  @Column('boolean') isInternal: boolean;
  /** This customer's own invoicing settings; null = the tenant's (PV-07). */
  @Column('text', { nullable: true }) invoiceCreationMode: InvoiceCreationMode | null;
  @Column('text', { nullable: true }) invoicingTime: InvoicingTime | null;
  @Column('text', { nullable: true }) invoiceDelivery: InvoiceDelivery | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
