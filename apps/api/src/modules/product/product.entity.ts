import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Prices are numeric in Postgres and decimal strings here: never a float. */
@Entity('product')
export class ProductEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('text') number: string;
  @Column('text') name: string;
  @Column('text') unit: string;
  @Column('numeric', { precision: 19, scale: 4 }) salesPrice: string;
  @Column('numeric', { precision: 19, scale: 4, nullable: true }) costPrice: string | null;
  @Column('text', { nullable: true }) productGroup: string | null;
  @Column('numeric', { precision: 5, scale: 2, nullable: true }) vatRate: string | null;
  @Column('boolean') isActive: boolean;
  /** Stock on hand, for the inventory value (RB-25); null = not a stocked item. */
  @Column('numeric', { precision: 19, scale: 4, nullable: true }) stockOnHand: string | null;
  /** The suggested purchase price, sent as cost price unless "use actual cost price" is on (RB-22). */
  @Column('numeric', { precision: 19, scale: 4, nullable: true }) suggestedPurchasePrice: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
