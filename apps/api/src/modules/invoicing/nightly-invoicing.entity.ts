import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('nightly_invoicing')
export class NightlyInvoicingEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @Column('integer') hour: number;
  @Column('text') timeZone: string;
  @Column('date', { nullable: true }) lastRunDay: string | null;
  @Column('date', { nullable: true }) openedThrough: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column('text', { nullable: true }) updatedBy: string | null;
}
