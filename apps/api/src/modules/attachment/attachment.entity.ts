import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type AttachmentKind = 'ERP_FILE' | 'MERGED_PDF' | 'INVOICE_FILE';

export interface SkippedFile {
  fileName: string;
  reason: string;
}

/** A supplier-invoice file from the ERP, once per connection and ERP file id (X-25, ADR 0014). */
@Entity('attachment')
export class AttachmentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  /** Null only for INVOICE_FILE: a partner's file for one of our invoices came from no connection. */
  @Column('uuid', { nullable: true }) connectionId: string | null;
  /** The ERP's file id: the key that stops a second download. */
  @Column('text') externalId: string;
  @Column('text') fileName: string;
  @Column('text') contentType: string;
  @Column('integer') size: number;
  @Column('char', { length: 64 }) sha256: string;
  /** Not selected by default: listings must not pull every file's bytes. */
  @Column('bytea', { select: false }) content: Buffer;
  /** ERP_FILE as the ERP serves it, or MERGED_PDF: one supplier invoice's files as one PDF (SE-FX-51, ADR 0028). */
  @Column('text', { default: 'ERP_FILE' }) kind: AttachmentKind;
  @Column('integer', { nullable: true }) pageCount: number | null;
  /** Files a merged PDF left out, and why. */
  @Column('jsonb', { nullable: true }) skippedFiles: SkippedFile[] | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** Which project costs a file belongs to: every cost from the supplier invoice, on every project (SE-VN-57). */
@Entity('project_cost_attachment')
export class ProjectCostAttachmentEntity {
  @Column('uuid') tenantId: string;
  @PrimaryColumn('uuid') projectCostId: string;
  @PrimaryColumn('uuid') attachmentId: string;
}

/** Files stored with a project itself: the merged supplier-invoice PDFs (SE-FX-51, SE-VN-57). */
@Entity('project_attachment')
export class ProjectAttachmentEntity {
  @Column('uuid') tenantId: string;
  @PrimaryColumn('uuid') projectId: string;
  @PrimaryColumn('uuid') attachmentId: string;
}

/** Files a partner attached to one of our sales invoices, sent with it to the ERP (SE-FX-46, X-25). */
@Entity('invoice_attachment')
export class InvoiceAttachmentEntity {
  @Column('uuid') tenantId: string;
  @PrimaryColumn('uuid') invoiceId: string;
  @PrimaryColumn('uuid') attachmentId: string;
}
