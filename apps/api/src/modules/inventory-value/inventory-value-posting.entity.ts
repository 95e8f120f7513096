import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type InventoryPostingStatus = 'OPEN' | 'DONE' | 'FAILED';

/**
 * One period's inventory value voucher for one connection. OPEN is committed before the ERP call
 * ("may exist"), DONE after it with the voucher's id; the unique period key is what makes a
 * second voucher for the same period impossible (ADR 0005, 0008).
 */
@Entity('inventory_value_posting')
export class InventoryValuePostingEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') connectionId: string;
  @Column('text') periodKey: string;
  @Column('text') frequency: string;
  /** Σ stock × cost price when the voucher was made: what the inventory account holds after it. */
  @Column('numeric', { precision: 17, scale: 2 }) inventoryValue: string;
  /** The change posted: debit inventory when positive, credit when negative. */
  @Column('numeric', { precision: 17, scale: 2 }) amount: string;
  @Column('text') journalNumber: string;
  @Column('text') status: InventoryPostingStatus;
  @Column('text') reference: string;
  @Column('text', { nullable: true }) externalId: string | null;
  @Column('text', { nullable: true }) error: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
