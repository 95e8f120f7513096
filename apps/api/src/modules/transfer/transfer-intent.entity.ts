import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Committed before a create call and resolved after it: the guard against duplicate ERP documents. */
@Entity('transfer_intent')
export class TransferIntentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') connectionId: string;
  @Column('text') recordType: string;
  @Column('uuid') recordId: string;
  @Column('text') operation: string;
  @Column('text') idempotencyKey: string;
  @Column('text') status: 'OPEN' | 'DONE';
  @Column('text', { nullable: true }) externalId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) resolvedAt: Date | null;
}
