import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A supplier-invoice file from the ERP, once per connection and ERP file id (X-25, ADR 0014). */
@Entity('attachment')
export class AttachmentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') connectionId: string;
  /** The ERP's file id: the key that stops a second download. */
  @Column('text') externalId: string;
  @Column('text') fileName: string;
  @Column('text') contentType: string;
  @Column('integer') size: number;
  @Column('char', { length: 64 }) sha256: string;
  /** Not selected by default: listings must not pull every file's bytes. */
  @Column('bytea', { select: false }) content: Buffer;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** Which project costs a file belongs to: every cost from the supplier invoice, on every project (SE-VN-57). */
@Entity('project_cost_attachment')
export class ProjectCostAttachmentEntity {
  @Column('uuid') tenantId: string;
  @PrimaryColumn('uuid') projectCostId: string;
  @PrimaryColumn('uuid') attachmentId: string;
}
