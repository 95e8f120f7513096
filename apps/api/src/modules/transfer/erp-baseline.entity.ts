import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The ERP records of one register that predate the connection's go-live (SE-FX-22). */
@Entity('erp_baseline')
export class ErpBaselineEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') connectionId: string;
  @Column('text') recordType: string;
  @Column('text', { array: true }) externalIds: string[];
  @Column('timestamptz') takenAt: Date;
}
