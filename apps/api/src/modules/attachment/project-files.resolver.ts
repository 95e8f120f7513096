import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { Project } from '../project/project.type.js';
import type { AttachmentEntity } from './attachment.entity.js';
import { Attachment } from './attachment.type.js';

/** One query for the files of every project in a page, per request. */
const loaders = new WeakMap<GraphqlContext, DataLoader<string, AttachmentEntity[]>>();

function loaderFor(ctx: GraphqlContext): DataLoader<string, AttachmentEntity[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const byProject = await ctx.services.attachments.forProjects(tenantOf(ctx), ids);
      return ids.map((id) => byProject.get(id) ?? []);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Project)
export class ProjectFilesResolver {
  @FieldResolver(() => [Attachment], {
    description: 'Files stored with the project: one merged PDF per supplier invoice whose costs reached it, for attaching when invoicing the customer (SE-FX-51, SE-VN-57). Download at downloadPath.',
  })
  async files(@Root() project: Project, @Ctx() ctx: GraphqlContext): Promise<Attachment[]> {
    return (await loaderFor(ctx).load(project.rowId)).map((a) => Attachment.from(a));
  }
}
