import type { ProjectRecord } from '../../core/records.js';
import type { EconomicProject } from '../schemas.js';

/** A Projects API project as the canonical record; closed or barred projects are inactive. */
export function fromEconomicProject(project: EconomicProject): ProjectRecord {
  return {
    number: String(project.number),
    name: project.name,
    ...(project.customerNumber === undefined ? {} : { customerNumber: String(project.customerNumber) }),
    isActive: project.isBarred !== true && project.isClosed !== true,
    ...(project.deliveryDate === undefined ? {} : { endDate: project.deliveryDate.slice(0, 10) }),
  };
}
