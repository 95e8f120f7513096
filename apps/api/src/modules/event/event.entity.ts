import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only; the id (bigint, as a string) is the subscription cursor. */
@Entity('transfer_event')
export class EventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') tenantId: string;
  @Column('text') kind: string;
  @Column('uuid', { nullable: true }) connectionId: string | null;
  @Column('uuid', { nullable: true }) invoiceId: string | null;
  @Column('jsonb') payload: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
