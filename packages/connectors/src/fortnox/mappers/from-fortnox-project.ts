import type { RemoteRecord } from '../../core/connector.js';
import type { ProjectRecord } from '../../core/records.js';
import type { FortnoxProject } from '../schemas.js';
import { optional, present } from './payload.js';

/** A Fortnox project as a canonical one; only COMPLETED counts as inactive. */
export function fromFortnoxProject(project: FortnoxProject): RemoteRecord<ProjectRecord> {
  const record: ProjectRecord = {
    number: project.ProjectNumber,
    name: project.Description,
    isActive: project.Status !== 'COMPLETED',
    ...optional('startDate', present(project.StartDate)),
    ...optional('endDate', present(project.EndDate)),
  };
  return { ref: { externalId: project.ProjectNumber, externalNumber: project.ProjectNumber }, record };
}
