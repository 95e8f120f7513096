import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('failure_notification_settings')
export class FailureNotificationSettingsEntity {
  @PrimaryColumn('uuid') connectionId: string;
  @Column('uuid') tenantId: string;
  @Column('boolean') isEnabled: boolean;
  @Column('boolean') includeAdmins: boolean;
  @Column('text', { array: true }) extraRecipients: string[];
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column('text', { nullable: true }) updatedBy: string | null;
}
