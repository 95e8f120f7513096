import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** How long an authorization link stays usable. */
export const OAUTH_STATE_TTL_MS = 15 * 60 * 1000;

/** CONNECT completes a connection just created; REAUTHORIZE gives an existing one new tokens (ADR 0021). */
export type OauthPurpose = 'CONNECT' | 'REAUTHORIZE';

/** An OAuth authorization in flight: the callback finds its tenant and connection by `state`. */
@Entity('oauth_state')
export class OauthStateEntity {
  @PrimaryColumn('text') state: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') connectionId: string;
  @Column('text') connectorId: string;
  @Column('text') name: string;
  @Column('text') redirectUri: string;
  @Column('text', { default: 'CONNECT' }) purpose: OauthPurpose;
  /** REAUTHORIZE: the client the flow was started with, sealed by the vault for this connection. */
  @Column('bytea', { nullable: true }) clientCredentials: Buffer | null;
  @Column('timestamptz') expiresAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** What the callback's one-time take of a state returns (lb_take_oauth_state). */
export interface TakenOauthState {
  readonly tenant_id: string;
  readonly connection_id: string;
  readonly redirect_uri: string;
  readonly purpose: OauthPurpose;
  readonly client_credentials: Buffer | null;
}
