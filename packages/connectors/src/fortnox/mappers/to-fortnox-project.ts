import type { ProjectRecord } from '../../core/records.js';
import { compact, type FortnoxPayload } from './payload.js';

/**
 * A canonical project as a Fortnox `Project` (§2.7). The name goes to `Description` exactly as
 * given: the engine has already applied the SE-FX-28 shortening rule, and a name Fortnox still
 * refuses (over 50 characters) must come back as REJECTED, never be cut here silently.
 */
export function toFortnoxProject(project: ProjectRecord): FortnoxPayload {
  return compact({
    ProjectNumber: project.number,
    Description: project.name,
    Status: project.isActive ? 'ONGOING' : 'COMPLETED',
    StartDate: project.startDate,
    EndDate: project.endDate,
    Comments: project.description,
  });
}
