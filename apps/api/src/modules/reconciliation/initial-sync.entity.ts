import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one-off initial synchronisation of a connection (X-11, RB-06). */
@Entity('initial_sync')
export class InitialSyncEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('uuid') connectionId: string;
  @Column('uuid') runId: string;
  @Column('boolean') startupImport: boolean;
  @Column('text', { nullable: true }) startedBy: string | null;
  @Column('timestamptz') startedAt: Date;
  @Column('timestamptz', { nullable: true }) errorsAcknowledgedAt: Date | null;
  @Column('text', { nullable: true }) errorsAcknowledgedBy: string | null;
}
