import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Our record ↔ the ERP's record, per connection. */
@Entity('external_ref')
export class ExternalRefEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') connectionId: string;
  @Column('text') recordType: string;
  @Column('uuid') recordId: string;
  @Column('text') externalId: string;
  @Column('text', { nullable: true }) externalNumber: string | null;
  @Column('text', { nullable: true }) remoteVersion: string | null;
  @Column('text', { nullable: true }) contentHash: string | null;
  @Column('timestamptz') lastSyncedAt: Date;
}
