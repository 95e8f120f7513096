import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { ProjectCost } from '../project-cost/project-cost.type.js';
import type { AttachmentEntity } from './attachment.entity.js';
import { Attachment } from './attachment.type.js';

/** One query for the files of every cost in a page, per request. */
const loaders = new WeakMap<GraphqlContext, DataLoader<string, AttachmentEntity[]>>();

function loaderFor(ctx: GraphqlContext): DataLoader<string, AttachmentEntity[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const byCost = await ctx.services.attachments.forCosts(tenantOf(ctx), ids);
      return ids.map((id) => byCost.get(id) ?? []);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => ProjectCost)
export class ProjectCostAttachmentResolver {
  @FieldResolver(() => [Attachment], { description: 'Files of the supplier invoice the cost came from (SE-FX-51, SE-VN-57).' })
  async attachments(@Root() cost: ProjectCost, @Ctx() ctx: GraphqlContext): Promise<Attachment[]> {
    return (await loaderFor(ctx).load(cost.rowId)).map((a) => Attachment.from(a));
  }
}
