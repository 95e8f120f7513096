import { randomUUID } from 'node:crypto';
import { err, fieldError, ok, type FieldError, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import { TRANSFER_REGISTERS, type TransferRegister } from './transfer-engine.js';
import { TransferScheduleEntity } from './transfer-schedule.entity.js';

export interface ScheduleInput {
  connectionId: string;
  name: string;
  registers: TransferRegister[];
  everyMinutes: number;
  isEnabled: boolean;
}

/** Per-connection schedules, visible and editable through GraphQL; the worker's tick runs the due ones. */
export class TransferScheduleService {
  constructor(private readonly db: TenantDb) {}

  list(tenantId: string, connectionId: string | null): Promise<TransferScheduleEntity[]> {
    return this.db.read(tenantId, (m) => m.find(TransferScheduleEntity, { where: { tenantId, ...(connectionId ? { connectionId } : {}) }, order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  /** Creates or replaces the connection's schedule of this name; enabling it makes it due now. */
  async save(tenantId: string, input: ScheduleInput): Promise<Result<TransferScheduleEntity, FieldError[]>> {
    const errors: FieldError[] = [];
    const name = input.name.trim();
    if (name.length === 0 || name.length > 60) errors.push(fieldError('INVALID_VALUE', 'Name must be 1 to 60 characters', ['name']));
    const registers = TRANSFER_REGISTERS.filter((r) => input.registers.includes(r));
    if (registers.length === 0) errors.push(fieldError('REQUIRED', 'Choose at least one register', ['registers']));
    if (!Number.isInteger(input.everyMinutes) || input.everyMinutes < 1 || input.everyMinutes > 44_640) {
      errors.push(fieldError('INVALID_VALUE', 'Must be a whole number of minutes from 1 to 44640 (31 days)', ['everyMinutes']));
    }
    if (errors.length > 0) return err(errors);
    return this.db.write(tenantId, async (m) => {
      if (!(await m.existsBy(ConnectionEntity, { tenantId, id: input.connectionId }))) return err([fieldError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
      const existing = await m.findOneBy(TransferScheduleEntity, { tenantId, connectionId: input.connectionId, name });
      const becomesEnabled = input.isEnabled && !existing?.isEnabled;
      const row = Object.assign(existing ?? new TransferScheduleEntity(), {
        id: existing?.id ?? randomUUID(), tenantId, connectionId: input.connectionId, name, registers, everyMinutes: input.everyMinutes, isEnabled: input.isEnabled,
        nextRunAt: becomesEnabled || !existing ? new Date() : existing.nextRunAt, lastRunId: existing?.lastRunId ?? null, lastSkippedReason: existing?.lastSkippedReason ?? null,
      });
      return ok(await m.save(TransferScheduleEntity, row));
    });
  }
}
