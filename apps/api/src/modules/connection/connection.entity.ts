import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type ConnectionStatus = 'ACTIVE' | 'NEEDS_RECONNECT' | 'DISABLED' | 'DISCONNECTED';

@Entity('connection')
export class ConnectionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('text') connectorId: string;
  @Column('text') name: string;
  @Column('text') status: ConnectionStatus;
  @Column('text', { nullable: true }) statusReason: string | null;
  /** Encrypted JSON; only vault.ts reads it. Never mapped to a GraphQL type. null once DISCONNECTED. */
  @Column('bytea', { nullable: true }) credentials: Buffer | null;
  @Column('jsonb') settings: Record<string, unknown>;
  /** The engine's rules for this connection, as stored (defaults applied on read). */
  @Column('jsonb') rules: Record<string, unknown>;
  /** Field-mapping overrides by register (fieldMappingOverridesSchema); defaults are not stored. */
  @Column('jsonb') fieldMappings: Record<string, unknown>;
  @Column('timestamptz', { nullable: true }) tokenExpiresAt: Date | null;
  /** Invoices entering the transfer status are sent at once (X-20, SE-FX-02). */
  @Column('boolean') autoTransferInvoices: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
