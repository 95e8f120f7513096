// The Projects API (vendor-apis.md §1.8). The vendor serves it from its own host,
// https://apis.e-conomic.com/api/v20.0.0/; the sandbox serves it from the same server under
// both /api/v20.0.0/projects (so a client configured with "<sandbox>/api/v20.0.0" needs no other
// change) and /projects.
import type { Router, SandboxRequest, SandboxResponse } from '../core/router.js';
import { FilterError, filterFields, matches, parseFilter } from './filter.js';
import { changed, endpoint, intParam } from './http.js';
import type { Project } from './model.js';
import { renderProject } from './render.js';
import { isProjectResponse, parseProject, projectAuthErrors, projectCodes, projectError } from './rules-project.js';
import { isObject } from './rules.js';
import type { EconomicStore } from './store.js';

/** Where the sandbox mounts the Projects API; the first matches the vendor's versioned path. */
export const PROJECTS_API_PREFIXES = ['/api/v20.0.0', ''] as const;
const CURSOR_PAGE = 1000;
const MAX_PAGED_SIZE = 100;
const filterable = ['number', 'name', 'customerNumber', 'projectGroupNumber', 'mainProjectNumber', 'isMainProject', 'isBarred', 'isClosed', 'status', 'lastUpdated', 'deliveryDate'];

function query(req: SandboxRequest, name: string): string | null {
  for (const [key, value] of req.query) if (key.toLowerCase() === name.toLowerCase()) return value;
  return null;
}

/** The projects matching `filter`, in number order, or the API's 400 for a bad filter. */
function selectProjects(store: EconomicStore, req: SandboxRequest): Record<string, unknown>[] | SandboxResponse {
  const all = [...store.projects.values()].sort((a, b) => a.number - b.number).map((p) => renderProject(store, p));
  const text = query(req, 'filter');
  if (text === null || text === '') return all;
  try {
    const tree = parseFilter(text);
    const refused = filterFields(tree).find((f) => !filterable.includes(f));
    if (refused !== undefined) return projectError(400, `The property '${refused}' is not filterable.`, projectCodes.invalidInput, 'filter');
    return all.filter((item) => matches(item, tree));
  } catch (error) {
    if (error instanceof FilterError) return projectError(400, `Invalid filter: ${error.message}`, projectCodes.invalidInput, 'filter');
    throw error;
  }
}

const notFound = (what: string) => projectError(404, `${what} was not found.`, projectCodes.notFound);

export function mountProjectRoutes(router: Router, store: EconomicStore): void {
  const api = (handler: Parameters<typeof endpoint>[1]) => endpoint(store, handler, projectAuthErrors);
  for (const prefix of PROJECTS_API_PREFIXES) {
    const root = `${prefix}/projects`;

    router.on('GET', root, api((req) => {
      const selected = selectProjects(store, req);
      if (!Array.isArray(selected)) return selected;
      const cursor = query(req, 'cursor');
      const offset = cursor === null || cursor === '' ? 0 : Number.parseInt(Buffer.from(cursor, 'base64url').toString('utf8'), 10);
      if (!Number.isInteger(offset) || offset < 0) return projectError(400, 'The cursor is not valid.', projectCodes.invalidInput, 'cursor');
      const items = selected.slice(offset, offset + CURSOR_PAGE);
      const next = offset + CURSOR_PAGE;
      // No cursor on the last page (ProjectCursorResults).
      const body = next < selected.length ? { cursor: Buffer.from(String(next)).toString('base64url'), items } : { items };
      return { status: 200, body };
    }));

    router.on('GET', `${root}/paged`, api((req) => {
      const selected = selectProjects(store, req);
      if (!Array.isArray(selected)) return selected;
      const skipPages = Number(query(req, 'skippages') ?? '0');
      const pageSize = Number(query(req, 'pagesize') ?? '20');
      if (!Number.isInteger(skipPages) || skipPages < 0) return projectError(400, 'skipPages must be a non-negative integer.', projectCodes.invalidInput, 'skipPages');
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGED_SIZE) return projectError(400, `pageSize must be between 1 and ${MAX_PAGED_SIZE}.`, projectCodes.invalidInput, 'pageSize');
      return { status: 200, body: selected.slice(skipPages * pageSize, (skipPages + 1) * pageSize) };
    }));

    router.on('GET', `${root}/count`, api((req) => {
      const selected = selectProjects(store, req);
      return Array.isArray(selected) ? { status: 200, body: selected.length } : selected;
    }));

    router.on('GET', `${root}/:number`, api((req) => {
      const project = store.projects.get(intParam(req, 'number') ?? -1);
      return project ? { status: 200, body: renderProject(store, project) } : notFound(`Project ${req.params.number ?? ''}`);
    }));

    router.on('POST', root, api((req) => {
      if (!isObject(req.body)) return projectError(400, 'The request body must be a project object.', projectCodes.invalidInput);
      const input = parseProject(store, req.body);
      if (isProjectResponse(input)) return input;
      if (input.number !== undefined && store.projects.has(input.number)) {
        return projectError(400, `A project with number ${input.number} already exists.`, projectCodes.numberAlreadyExists, 'number');
      }
      const { objectVersion: _ignored, ...fields } = input;
      // Numbers are assigned when left out (since v12).
      const project: Project = { ...fields, number: input.number ?? store.nextProjectNumber(), isClosed: false, objectVersion: store.newObjectVersion(), lastUpdated: store.timestamp() };
      store.projects.set(project.number, project);
      return { status: 201, body: { number: project.number }, committed: true };
    }));

    // The id travels in the body, not the URL; a stale objectVersion is a 409.
    router.on('PUT', root, api((req) => {
      if (!isObject(req.body)) return projectError(400, 'The request body must be a project object.', projectCodes.invalidInput);
      const number = req.body.number;
      if (typeof number !== 'number') return projectError(400, 'The number is required on update.', projectCodes.invalidInput, 'number');
      const existing = store.projects.get(number);
      if (!existing) return notFound(`Project ${number}`);
      const input = parseProject(store, req.body);
      if (isProjectResponse(input)) return input;
      if (input.objectVersion === undefined) return projectError(400, 'The objectVersion is required on update.', projectCodes.invalidInput, 'objectVersion');
      if (input.objectVersion !== existing.objectVersion) {
        return projectError(409, 'Update conflict. Object version does not match.', projectCodes.versionConflict, 'version', 'Retrieve the resource again to get the latest object version and then try to update.');
      }
      const { objectVersion: _ignored, ...fields } = input;
      store.projects.set(number, { ...fields, number, isClosed: existing.isClosed, objectVersion: store.newObjectVersion(), lastUpdated: store.timestamp() });
      return changed(undefined, 204);
    }));

    router.on('DELETE', `${root}/:number`, api((req) => {
      const number = intParam(req, 'number') ?? -1;
      if (!store.projects.delete(number)) return notFound(`Project ${req.params.number ?? ''}`);
      return changed(undefined, 204);
    }));
  }

  router.on('GET', `${PROJECTS_API_PREFIXES[0]}/projectgroups`, api(() => ({
    status: 200,
    body: { items: [...store.projectGroups.values()].map((g) => ({ number: g.number, name: g.name, type: g.type })) },
  })));
}
