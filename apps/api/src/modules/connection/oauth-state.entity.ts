import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An OAuth authorization in flight: the callback finds its tenant and connection by `state`. */
@Entity('oauth_state')
export class OauthStateEntity {
  @PrimaryColumn('text') state: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') connectionId: string;
  @Column('text') connectorId: string;
  @Column('text') name: string;
  @Column('text') redirectUri: string;
  @Column('timestamptz') expiresAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
