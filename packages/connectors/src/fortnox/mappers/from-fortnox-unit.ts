import type { ReferenceItem } from '../../core/connector.js';
import type { FortnoxUnit } from '../schemas.js';
import { present } from './payload.js';

/** A Fortnox unit (`/3/units`) as reference data, so the engine can check SE-FX-25 before sending. */
export function fromFortnoxUnit(unit: FortnoxUnit): ReferenceItem {
  return { externalId: unit.Code, code: unit.Code, name: present(unit.Description) ?? unit.Code };
}
