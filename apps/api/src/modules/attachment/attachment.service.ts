import { createHash, randomUUID } from 'node:crypto';
import { checkAttachmentSize, err, ok, type Result } from '@ledgerbridge/domain';
import { In } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { AttachmentEntity, ProjectAttachmentEntity, ProjectCostAttachmentEntity, type SkippedFile } from './attachment.entity.js';

export interface NewAttachment {
  connectionId: string;
  externalId: string;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  /** A merged supplier-invoice PDF (SE-FX-51) rather than an ERP file; externalId is then its own key. */
  merged?: { pageCount: number; skippedFiles: SkippedFile[] };
}

/** An attachment's content for the download route. */
export interface AttachmentContent {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** Supplier-invoice files kept with project costs (X-25, SE-FX-51, SE-VN-57; ADR 0014). */
export class AttachmentService {
  constructor(private readonly db: TenantDb) {}

  /** Row ids of the ERP files this connection already stored, by ERP file id. */
  async storedIds(tenantId: string, connectionId: string, externalIds: readonly string[]): Promise<Map<string, string>> {
    if (externalIds.length === 0) return new Map();
    const rows = await this.db.read(tenantId, (m) => m.find(AttachmentEntity, {
      where: { tenantId, connectionId, externalId: In([...externalIds]) }, select: { id: true, externalId: true },
    }));
    return new Map(rows.map((r) => [r.externalId, r.id]));
  }

  /** Stores a file once per connection and ERP id; a concurrent run that stored it first wins and its row is returned. */
  async store(tenantId: string, file: NewAttachment): Promise<Result<string, { code: 'TOO_LARGE'; message: string }>> {
    const size = checkAttachmentSize(file.fileName, file.bytes.byteLength);
    if (!size.ok) return err(size.error);
    const content = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    const sha256 = createHash('sha256').update(content).digest('hex');
    return ok(await this.db.write(tenantId, async (m) => {
      await m.createQueryBuilder().insert().into(AttachmentEntity).values({
        id: randomUUID(), tenantId, connectionId: file.connectionId, externalId: file.externalId, fileName: file.fileName,
        contentType: file.contentType, size: size.value, sha256, content,
        ...(file.merged ? { kind: 'MERGED_PDF' as const, pageCount: file.merged.pageCount, skippedFiles: file.merged.skippedFiles } : {}),
      }).orIgnore().execute();
      const row = await m.findOneOrFail(AttachmentEntity, { where: { tenantId, connectionId: file.connectionId, externalId: file.externalId }, select: { id: true } });
      return row.id;
    }));
  }

  async link(tenantId: string, projectCostId: string, attachmentIds: readonly string[]): Promise<void> {
    if (attachmentIds.length === 0) return;
    await this.db.write(tenantId, (m) => m.createQueryBuilder().insert().into(ProjectCostAttachmentEntity)
      .values(attachmentIds.map((attachmentId) => ({ tenantId, projectCostId, attachmentId }))).orIgnore().execute());
  }

  /** The files of each given cost, oldest first, without their bytes. */
  async forCosts(tenantId: string, projectCostIds: readonly string[]): Promise<Map<string, AttachmentEntity[]>> {
    const byCost = new Map<string, AttachmentEntity[]>(projectCostIds.map((id) => [id, []]));
    if (projectCostIds.length === 0) return byCost;
    await this.db.read(tenantId, async (m) => {
      const links = await m.findBy(ProjectCostAttachmentEntity, { tenantId, projectCostId: In([...projectCostIds]) });
      const files = new Map((await m.find(AttachmentEntity, { where: { tenantId, id: In([...new Set(links.map((l) => l.attachmentId))]) }, order: { createdAt: 'ASC', id: 'ASC' } })).map((f) => [f.id, f]));
      for (const [id, file] of files) {
        for (const link of links) if (link.attachmentId === id) byCost.get(link.projectCostId)?.push(file);
      }
    });
    return byCost;
  }

  /** Stored files with their bytes, in the order of the ids asked for (unknown ids are left out). */
  async contents(tenantId: string, ids: readonly string[]): Promise<(AttachmentContent & { id: string })[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read(tenantId, (m) => m.find(AttachmentEntity, {
      where: { tenantId, id: In([...ids]) }, select: { id: true, fileName: true, contentType: true, content: true },
    }));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ id, fileName: row.fileName, contentType: row.contentType, content: row.content }] : [];
    });
  }

  /** Links files to the projects themselves (merged supplier-invoice PDFs, SE-FX-51, SE-VN-57). */
  async linkToProject(tenantId: string, projectId: string, attachmentId: string): Promise<void> {
    await this.db.write(tenantId, (m) => m.createQueryBuilder().insert().into(ProjectAttachmentEntity)
      .values({ tenantId, projectId, attachmentId }).orIgnore().execute());
  }

  /** The files stored with each given project, oldest first, without their bytes. */
  async forProjects(tenantId: string, projectIds: readonly string[]): Promise<Map<string, AttachmentEntity[]>> {
    const byProject = new Map<string, AttachmentEntity[]>(projectIds.map((id) => [id, []]));
    if (projectIds.length === 0) return byProject;
    await this.db.read(tenantId, async (m) => {
      const links = await m.findBy(ProjectAttachmentEntity, { tenantId, projectId: In([...projectIds]) });
      if (links.length === 0) return;
      const files = await m.find(AttachmentEntity, { where: { tenantId, id: In([...new Set(links.map((l) => l.attachmentId))]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      for (const file of files) {
        for (const link of links) if (link.attachmentId === file.id) byProject.get(link.projectId)?.push(file);
      }
    });
    return byProject;
  }

  /** The file for the download route; null when this tenant has no such file. */
  async content(tenantId: string, id: string): Promise<AttachmentContent | null> {
    const row = await this.db.read(tenantId, (m) => m.findOne(AttachmentEntity, {
      where: { tenantId, id }, select: { id: true, fileName: true, contentType: true, content: true },
    }));
    return row ? { fileName: row.fileName, contentType: row.contentType, content: row.content } : null;
  }
}
