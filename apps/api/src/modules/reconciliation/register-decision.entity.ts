import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DecisionSide = 'OURS' | 'THEIRS';
export type DecisionAction = 'LINK' | 'CREATE' | 'IGNORE';

/** A remembered decision from the register comparison report, per connection and register. */
@Entity('register_decision')
export class RegisterDecisionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') tenantId: string;
  @Column('uuid') connectionId: string;
  @Column('text') register: string;
  @Column('text') side: DecisionSide;
  @Column('text') action: DecisionAction;
  @Column('uuid', { nullable: true }) recordId: string | null;
  @Column('text', { nullable: true }) externalId: string | null;
  @Column('text', { nullable: true }) decidedBy: string | null;
  @Column('timestamptz') decidedAt: Date;
}
