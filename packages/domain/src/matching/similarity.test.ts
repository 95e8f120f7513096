import { describe, expect, it } from 'vitest';
import { companyKey, nameSimilarity, normaliseName, similarity } from './similarity.js';

describe('normaliseName (SE-FX-10)', () => {
  it.each([
    ['Tømrerfirmaet Hansen ApS', 'tomrerfirmaet hansen'],
    ['Vestergaard Ejendomme A/S', 'vestergaard ejendomme'],
    ['Göteborgs Bygg AB', 'goteborgs bygg'],
    ['Brdr. Olsen I/S', 'brdr olsen'],
    ['Oslo Elektro AS', 'oslo elektro'],
    ['Helsingin Putki Oy', 'helsingin putki'],
    ['Ærø Værft  K/S', 'aero vaerft'],
  ])('should normalise %j to %j', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  it('should keep a name that is only a legal form rather than empty it', () => {
    expect(normaliseName('A/S')).toBe('as');
  });
});

describe('companyKey', () => {
  it('should read a Danish VAT number and a CVR number as one company', () => {
    expect(companyKey('DK 31 24 56 78')).toBe('31245678');
    expect(companyKey('31245678')).toBe('31245678');
  });

  it('should read a Swedish VAT number as its organisation number', () => {
    expect(companyKey('SE556677889901')).toBe(companyKey('556677-8899'));
  });

  it('should ignore values too short to identify a company', () => {
    expect(companyKey('12-3')).toBeNull();
    expect(companyKey('')).toBeNull();
    expect(companyKey(null)).toBeNull();
  });
});

describe('similarity (SE-FX-09, SE-FX-10)', () => {
  it('should score the same company written differently as 1', () => {
    expect(nameSimilarity('Göteborgs Bygg AB', 'GÖTEBORGS BYGG')).toBe(1);
    expect(similarity({ name: 'Vestergaard Ejendomme A/S' }, { name: 'Vestergaard Ejendomme' })).toBe(1);
  });

  it('should tolerate a typo but score it below an exact name', () => {
    const typo = similarity({ name: 'Tømrerfirmaet Hansen ApS' }, { name: 'Tomrerfirma Hansen' });
    expect(typo).toBeGreaterThan(0.8);
    expect(typo).toBeLessThan(1);
  });

  it('should score different companies low', () => {
    expect(similarity({ name: 'Region Midtjylland' }, { name: 'Nordic Tools GmbH' })).toBeLessThan(0.3);
  });

  it('should treat a shared VAT / organisation number as near-proof even when the names differ', () => {
    const score = similarity({ name: 'Hansen Tømrer', vatNumber: 'DK31245678' }, { name: 'Tømrerfirmaet Hansen ApS', organizationNumber: '31245678' });
    expect(score).toBeGreaterThanOrEqual(0.95);
  });

  it('should lower the score when both carry company numbers and they differ', () => {
    const same = similarity({ name: 'Malmö Rör AB' }, { name: 'Malmö Rör AB' });
    const different = similarity({ name: 'Malmö Rör AB', organizationNumber: '556011-2233' }, { name: 'Malmö Rör AB', organizationNumber: '556999-8877' });
    expect(same).toBe(1);
    expect(different).toBeLessThan(0.7);
  });

  it('should use e-mail and number when both carry them', () => {
    const withEmail = similarity({ name: 'Oslo Elektro AS', email: 'post@osloelektro.no' }, { name: 'Oslo Elektro', email: 'POST@osloelektro.no' });
    const otherEmail = similarity({ name: 'Oslo Elektro AS', email: 'post@osloelektro.no' }, { name: 'Oslo Elektro', email: 'x@gmail.com' });
    expect(withEmail).toBe(1);
    expect(otherEmail).toBeLessThan(withEmail);
    expect(similarity({ name: 'Montør time', number: 'HOUR' }, { name: 'Montør time', number: 'TIME' })).toBeLessThan(1);
  });

  it('should be symmetric', () => {
    const a = { name: 'Helsingin Putki Oy', organizationNumber: '1234567-8', email: 'info@putki.fi' };
    const b = { name: 'Helsingin Putkityö', email: 'laskut@putki.fi' };
    expect(similarity(a, b)).toBe(similarity(b, a));
  });
});
