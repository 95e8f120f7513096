import type { NotificationStatus } from '@ledgerbridge/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type NotificationKind = 'TRANSFER_FAILURES' | 'INVOICE';

/** One e-mail we sent, tried to send, or could not send, and why (X-29, PV-13). */
@Entity('notification')
export class NotificationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('text') kind: NotificationKind;
  @Column('uuid', { nullable: true }) connectionId: string | null;
  @Column('uuid', { nullable: true }) runId: string | null;
  @Column('uuid', { nullable: true }) invoiceId: string | null;
  @Column('text', { array: true }) recipients: string[];
  @Column('text') subject: string;
  @Column('text') status: NotificationStatus;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('text') messageId: string;
  @Column('integer') attempts: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column('timestamptz', { nullable: true }) sentAt: Date | null;
}
