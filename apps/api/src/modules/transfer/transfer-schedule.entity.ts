import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A recurring transfer for one connection (X-26: e.g. every 5 minutes). */
@Entity('transfer_schedule')
export class TransferScheduleEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') connectionId: string;
  @Column('text') name: string;
  @Column('text', { array: true }) registers: string[];
  @Column('integer') everyMinutes: number;
  @Column('boolean') isEnabled: boolean;
  @Column('timestamptz') nextRunAt: Date;
  @Column('uuid', { nullable: true }) lastRunId: string | null;
  /** Why the last due run was not started (e.g. one still running for this connection). */
  @Column('text', { nullable: true }) lastSkippedReason: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
