import { describe, expect, it } from 'vitest';
import { buildDecisions, effectiveAction, placeDecisionErrors, rowKey, scoreLabel, toggleAll, type ComparisonRowData } from './comparison-state';

const side = (id: string, name: string) => ({ id, number: id, name, isActive: true });
const paired: ComparisonRowData = { ours: side('c1', 'Nordvik'), theirs: side('2', 'Nordvik AB'), isLinked: false, score: 0.91, basis: 'SIMILARITY', predictedAction: 'LINK' };
const oursOnly: ComparisonRowData = { ours: side('c2', 'Ny Kund'), theirs: null, isLinked: false, score: 0.2, basis: null, predictedAction: 'CREATE' };
const theirsOnly: ComparisonRowData = { ours: null, theirs: side('5', 'Hemrenovering'), isLinked: false, score: 0.1, basis: null, predictedAction: 'IGNORE' };
const linked: ComparisonRowData = { ours: side('c3', 'Solna'), theirs: side('1', 'Solna AB'), isLinked: true, score: 1, basis: 'LINKED', predictedAction: 'LINK' };
const rows = [paired, oursOnly, theirsOnly, linked];
const all = new Set(rows.map(rowKey));

describe('register comparison decisions (SE-FX-09, SE-FX-10, X-10)', () => {
  it('should link only rows with a record on both sides and refuse the rest next to their row', () => {
    const batch = buildDecisions(rows, all, 'LINK');
    expect(batch.decisions).toEqual([{ action: 'LINK', recordId: 'c1', externalId: '2' }]);
    expect(batch.rowOfDecision).toEqual([rowKey(paired)]);
    expect(batch.refused.get(rowKey(oursOnly))).toMatch(/both sides/);
    expect(batch.refused.get(rowKey(theirsOnly))).toMatch(/both sides/);
    expect(batch.refused.get(rowKey(linked))).toMatch(/Already linked/);
  });

  it('should decide CREATE and IGNORE per record, one decision for each side a row shows', () => {
    const batch = buildDecisions(rows, new Set([rowKey(paired), rowKey(theirsOnly)]), 'IGNORE');
    expect(batch.decisions).toEqual([
      { action: 'IGNORE', recordId: 'c1' },
      { action: 'IGNORE', externalId: '2' },
      { action: 'IGNORE', externalId: '5' },
    ]);
    expect(batch.rowOfDecision).toEqual([rowKey(paired), rowKey(paired), rowKey(theirsOnly)]);
    expect(batch.refused.size).toBe(0);
  });

  it('should put the API\'s ["decisions", i, field] errors next to the row of decision i', () => {
    const batch = buildDecisions(rows, new Set([rowKey(oursOnly), rowKey(theirsOnly)]), 'CREATE');
    const placed = placeDecisionErrors(
      [
        { code: 'ALREADY_LINKED', message: 'ERP record 5 is linked to another record', field: ['decisions', '1', 'externalId'] },
        { code: 'NOT_FOUND', message: 'No connection with this id', field: ['connectionId'] },
      ],
      batch.rowOfDecision,
    );
    expect([...placed.byRow]).toEqual([[rowKey(theirsOnly), ['ERP record 5 is linked to another record']]]);
    expect(placed.general).toEqual(['No connection with this id']);
  });

  it('should show a remembered decision over the prediction, and the score as a percentage', () => {
    expect(effectiveAction(paired)).toEqual({ action: 'LINK', remembered: false });
    expect(effectiveAction({ ...paired, theirsDecision: 'IGNORE' })).toEqual({ action: 'IGNORE', remembered: true });
    expect(effectiveAction(linked)).toEqual({ action: 'LINK', remembered: true });
    expect(scoreLabel(0.914)).toBe('91 %');
  });

  it('should select and unselect every row of the page at once, keeping other pages\' choices', () => {
    const keys = [rowKey(paired), rowKey(oursOnly)];
    const selected = toggleAll(new Set(['other-page']), keys);
    expect([...selected].sort()).toEqual(['other-page', ...keys].sort());
    expect([...toggleAll(selected, keys)]).toEqual(['other-page']);
  });
});
