import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { AddressValue } from '../customer/customer.entity.js';

@Entity('supplier')
export class SupplierEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('text', { nullable: true }) number: string | null;
  @Column('text') name: string;
  @Column('text', { nullable: true }) organizationNumber: string | null;
  @Column('text', { nullable: true }) vatNumber: string | null;
  @Column('text', { nullable: true }) email: string | null;
  @Column('jsonb', { nullable: true }) address: AddressValue | null;
  @Column('text', { nullable: true }) bankAccount: string | null;
  @Column('boolean') isActive: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
