import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { TransferOutcome } from './transfer-run.entity.js';

@Entity('transfer_item')
export class TransferItemEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') runId: string;
  @Column('text') register: string;
  @Column('uuid', { nullable: true }) recordId: string | null;
  /** PUSH: graph → ERP; PULL: ERP → graph. */
  @Column('text') direction: 'PUSH' | 'PULL';
  @Column('text') outcome: TransferOutcome;
  @Column('text', { nullable: true }) errorCode: string | null;
  @Column('text', { nullable: true }) message: string | null;
  @Column('text', { nullable: true }) externalId: string | null;
  @Column('text', { nullable: true }) externalNumber: string | null;
  @Column('integer') attempts: number;
  /** What we sent, secrets redacted. */
  @Column('jsonb', { nullable: true }) request: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) response: Record<string, unknown> | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
