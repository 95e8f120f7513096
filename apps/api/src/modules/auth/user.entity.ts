import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type UserRole = 'ADMIN' | 'VIEWER';

@Entity('app_user')
export class UserEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('text') email: string;
  @Column('text') passwordHash: string;
  @Column('text') role: UserRole;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
