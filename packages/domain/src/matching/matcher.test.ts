import { describe, expect, it } from 'vitest';
import { matchRegisters, type MatchRecord } from './matcher.js';

const ours: MatchRecord[] = [
  { id: 'o1', number: '101', name: 'Tømrerfirmaet Hansen ApS' },
  { id: 'o2', number: '2001', name: 'Vestergaard Ejendomme A/S', vatNumber: 'DK28765432' },
  { id: 'o3', number: '2002', name: 'Brdr. Olsen I/S' },
  { id: 'o4', number: '2003', name: 'Helsingin Putki Oy', isActive: false },
];
const theirs: MatchRecord[] = [
  { id: 't101', number: '101', name: 'Hansen Tømrer' },
  { id: 't102', number: '102', name: 'Vestergaard Ejendomme', organizationNumber: '28765432' },
  { id: 't105', number: '105', name: 'Brødrene Olsen I/S' },
  { id: 't106', number: '106', name: 'Region Midtjylland' },
  { id: 't107', number: '107', name: 'Gammel kunde ApS', isActive: false },
];

describe('matchRegisters (SE-FX-09, SE-FX-10, X-10)', () => {
  const pairs = matchRegisters(ours, theirs);
  const of = (id: string) => pairs.find((p) => p.ours?.id === id || p.theirs?.id === id)!;

  it('should link equal numbers first with score 1, whatever the names', () => {
    expect(of('o1')).toMatchObject({ theirs: { id: 't101' }, score: 1, basis: 'NUMBER', suggestedAction: 'LINK' });
  });

  it('should link by similarity above the threshold when numbers differ', () => {
    expect(of('o2')).toMatchObject({ theirs: { id: 't102' }, basis: 'SIMILARITY', suggestedAction: 'LINK' });
    expect(of('o2').score).toBeGreaterThanOrEqual(0.95);
  });

  it('should not link below the threshold and suggest CREATE, reporting the best score it had', () => {
    const row = of('o3');
    expect(row).toMatchObject({ theirs: null, basis: null, suggestedAction: 'CREATE' });
    expect(row.score).toBeGreaterThan(0.4);
    expect(row.score).toBeLessThan(0.8);
    expect(matchRegisters([ours[2]!], [theirs[2]!], { threshold: 0.5 })[0]).toMatchObject({ theirs: { id: 't105' }, suggestedAction: 'LINK' });
  });

  it('should suggest IGNORE for inactive records without a twin (SE-VN-24) and CREATE for active ones', () => {
    expect(of('o4')).toMatchObject({ theirs: null, suggestedAction: 'IGNORE' });
    expect(of('t107')).toMatchObject({ ours: null, suggestedAction: 'IGNORE' });
    expect(of('t106')).toMatchObject({ ours: null, suggestedAction: 'CREATE' });
  });

  it('should list every record exactly once', () => {
    const ourIds = pairs.flatMap((p) => (p.ours ? [p.ours.id] : []));
    const theirIds = pairs.flatMap((p) => (p.theirs ? [p.theirs.id] : []));
    expect(ourIds.sort()).toEqual(ours.map((o) => o.id).sort());
    expect(theirIds.sort()).toEqual(theirs.map((t) => t.id).sort());
  });

  it('should give each ERP record to the closest of two similar ones of ours', () => {
    const result = matchRegisters(
      [{ id: 'a', number: '1', name: 'Göteborgs Bygg' }, { id: 'b', number: '2', name: 'Göteborgs Bygg AB' }],
      [{ id: 'x', number: '9', name: 'Göteborgs Bygg AB' }],
    );
    expect(result.filter((p) => p.theirs?.id === 'x')).toHaveLength(1);
    expect(result.filter((p) => p.suggestedAction === 'LINK')).toHaveLength(1);
  });

  it('should require the name too for a number link when asked (Fortnox products, SE-FX-21)', () => {
    const product = [{ id: 'p', number: 'TIM-1', name: 'Arbetstid' }];
    const article = [{ id: 'TIM-1', number: 'TIM-1', name: 'Resekostnad' }];
    expect(matchRegisters(product, article)[0]).toMatchObject({ basis: 'NUMBER', suggestedAction: 'LINK' });
    const strict = matchRegisters(product, article, { numberLinkNeedsName: true });
    expect(strict.every((p) => p.suggestedAction !== 'LINK')).toBe(true);
  });
});
