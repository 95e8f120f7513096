import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type TransferRunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED';
export type TransferOutcome = 'TRANSFERRED' | 'UPDATED' | 'SKIPPED' | 'FAILED';
export type TransferCounts = Partial<Record<TransferOutcome, number>>;

@Entity('transfer_run')
export class TransferRunEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') connectionId: string;
  @Column('text', { array: true }) registers: string[];
  @Column('boolean') isDryRun: boolean;
  @Column('text') trigger: string;
  @Column('text') status: TransferRunStatus;
  @Column('jsonb') counts: TransferCounts;
  @Column('text', { nullable: true }) error: string | null;
  @Column('text', { nullable: true }) requestedBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
}
