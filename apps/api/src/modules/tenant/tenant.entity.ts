import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('tenant')
export class TenantEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
