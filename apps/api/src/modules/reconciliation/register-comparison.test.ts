import { describe, expect, it } from 'vitest';
import type { ExternalRefEntity } from '../transfer/external-ref.entity.js';
import type { RegisterDecisionEntity } from './register-decision.entity.js';
import { compareRegisters } from './register-comparison.js';

const ref = (recordId: string, externalId: string) => ({ recordId, externalId }) as ExternalRefEntity;
const decision = (d: Partial<RegisterDecisionEntity>) => d as RegisterDecisionEntity;

describe('compareRegisters (SE-FX-09, X-10)', () => {
  const theirs = [
    { id: '101', number: '101', name: 'Tømrerfirmaet Hansen ApS', externalNumber: '101' },
    { id: '102', number: '102', name: 'Vestergaard Ejendomme A/S', externalNumber: '102' },
    { id: '107', number: '107', name: 'Gammel kunde ApS', isActive: false, externalNumber: '107' },
  ];

  it('should show an existing link as LINKED even when numbers and names differ, and match the rest', () => {
    const rows = compareRegisters({
      ours: [{ id: 'a', number: '9001', name: 'Hansen' }, { id: 'b', number: '102', name: 'Vestergaard Ejendomme' }],
      theirs, refs: new Map([['a', ref('a', '101')]]), decisions: [], threshold: 0.8, numberLinkNeedsName: false,
    });
    expect(rows[0]).toMatchObject({ ours: { id: 'a' }, theirs: { id: '101' }, basis: 'LINKED', isLinked: true, predictedAction: 'LINK' });
    expect(rows.find((r) => r.ours?.id === 'b')).toMatchObject({ theirs: { id: '102' }, basis: 'NUMBER', isLinked: false });
    expect(rows.find((r) => r.theirs?.id === '107')).toMatchObject({ ours: null, predictedAction: 'IGNORE' });
    expect(rows).toHaveLength(3);
  });

  it('should put each remembered decision on its side of the row', () => {
    const rows = compareRegisters({
      ours: [{ id: 'a', number: '5', name: 'Aalborg Maler' }], theirs, refs: new Map(), threshold: 0.8, numberLinkNeedsName: false,
      decisions: [decision({ side: 'OURS', recordId: 'a', action: 'IGNORE' }), decision({ side: 'THEIRS', externalId: '102', action: 'CREATE' })],
    });
    expect(rows.find((r) => r.ours?.id === 'a')).toMatchObject({ oursDecision: 'IGNORE', theirsDecision: null });
    expect(rows.find((r) => r.theirs?.id === '102')).toMatchObject({ oursDecision: null, theirsDecision: 'CREATE' });
  });
});
