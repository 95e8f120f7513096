import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity('project')
export class ProjectEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('text') number: string;
  @Column('text') name: string;
  @Column('uuid', { nullable: true }) customerId: string | null;
  @Column('boolean') isActive: boolean;
  @Column('boolean') isInternal: boolean;
  @Column('date', { nullable: true }) startDate: string | null;
  @Column('date', { nullable: true }) endDate: string | null;
  /** Sent as the ERP project's comments (SE-FX-55/5). */
  @Column('text', { nullable: true }) description: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
