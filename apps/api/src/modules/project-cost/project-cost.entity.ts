import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity('project_cost')
export class ProjectCostEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') projectId: string;
  @Column('uuid', { nullable: true }) supplierId: string | null;
  @Column('uuid', { nullable: true }) productId: string | null;
  @Column('text') description: string;
  @Column('date') costDate: string;
  @Column('numeric', { precision: 19, scale: 4 }) quantity: string;
  @Column('numeric', { precision: 19, scale: 4 }) unitCost: string;
  @Column('numeric', { precision: 17, scale: 2 }) costAmount: string;
  @Column('boolean') isBillable: boolean;
  /** What the cost is billed at: cost × the configured multiplier, or 0 when not billable. */
  @Column('numeric', { precision: 17, scale: 2 }) priceAmount: string;
  /** The product's VAT rate or the company default (SE-FX-49, SE-EE-50); null when neither is known. */
  @Column('numeric', { precision: 5, scale: 2, nullable: true }) vatRate: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
