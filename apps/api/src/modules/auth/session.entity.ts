import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('user_session')
export class SessionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') userId: string;
  @Column('bytea') tokenHash: Buffer;
  @Column('timestamptz') expiresAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
