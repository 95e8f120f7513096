import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('payment')
export class PaymentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') invoiceId: string;
  @Column('numeric', { precision: 17, scale: 2 }) amount: string;
  @Column('date') paidOn: string;
  @Column('text', { nullable: true }) reference: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
