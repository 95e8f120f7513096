import { debtorRuleWarnings, transferRulesSchema } from '@ledgerbridge/domain';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { Connection } from '../connection/connection.type.js';
import { InventoryValuePosting } from './inventory-value.type.js';

@ObjectType({ description: 'A saved setting that is valid but has no effect as configured.' })
export class RuleWarning {
  @Field({ description: 'NO_EFFECT' }) code: string;
  @Field() message: string;
  @Field(() => [String], { description: 'Path under Connection.rules, as in updateTransferRules errors.' }) field: string[];
}

@Resolver(() => Connection)
export class ConnectionDebtorResolver {
  @FieldResolver(() => [RuleWarning], { description: 'Settings without effect, e.g. "never book EAN" without "book when booked" (RB-18).' })
  ruleWarnings(@Root() connection: Connection): RuleWarning[] {
    return debtorRuleWarnings(transferRulesSchema.parse(connection.entity.rules ?? {}).debtor).map((w) => ({ code: w.code, message: w.message, field: ['rules', ...w.field] }));
  }

  @FieldResolver(() => [InventoryValuePosting], { description: 'Inventory value vouchers, newest first (RB-25..RB-29).' })
  async inventoryValuePostings(@Root() connection: Connection, @Ctx() ctx: GraphqlContext, @Arg('first', () => Int, { defaultValue: 20 }) first: number): Promise<InventoryValuePosting[]> {
    return (await ctx.services.inventoryValue.list(tenantOf(ctx), connection.entity.id, Math.min(Math.max(first, 1), 100))).map(InventoryValuePosting.from);
  }
}
