/** The project flags the transfer rule reads. */
export interface ProjectTransferFlags {
  readonly isInternal: boolean;
}

/** Internal projects stay in the source; every other project is sent to the ERP (SE-VN-30, X-07). */
export function isProjectTransferable(project: ProjectTransferFlags): boolean {
  return !project.isInternal;
}
