import { describe, expect, it } from 'vitest';
import productJson from '../__fixtures__/product.json' with { type: 'json' };
import projectJson from '../__fixtures__/project.json' with { type: 'json' };
import { productSchema, projectSchema } from '../schemas.js';
import { fromEconomicProduct } from './from-economic-product.js';
import { fromEconomicProject } from './from-economic-project.js';
import { mergeProduct, productDiffers, productGroupOf, toEconomicProduct } from './to-economic-product.js';
import { mergeProject, projectDiffers, toEconomicProject } from './to-economic-project.js';

const product = productSchema.parse(productJson);
const project = projectSchema.parse(projectJson);

describe('e-conomic product mappers', () => {
  it('should read prices as decimal strings', () => {
    expect(fromEconomicProduct(product)).toEqual({ number: 'HOUR', name: 'Montør time', unit: 'timer', salesPrice: '650.00', costPrice: '300.00', productGroup: '1', isActive: true });
  });

  it('should write prices as JSON numbers and keep the read document on merge', () => {
    const record = { number: 'HOUR', name: 'Montør time', unit: 'timer', salesPrice: '675.50', isActive: true };
    const mapped = toEconomicProduct(record, { productGroupNumber: 1, unitNumber: 2 });
    expect(mapped).toEqual({ productNumber: 'HOUR', name: 'Montør time', productGroup: { productGroupNumber: 1 }, salesPrice: 675.5, unit: { unitNumber: 2 } });
    const merged = mergeProduct(product, mapped);
    expect(merged).toMatchObject({ salesPrice: 675.5, costPrice: 300, self: 'https://restapi.e-conomic.com/products/HOUR' });
    expect(productDiffers(product, mapped)).toBe(true);
    expect(productDiffers(product, { ...mapped, salesPrice: 650 })).toBe(false);
  });

  it('should read a numeric product group and ignore names', () => {
    expect(productGroupOf({ number: 'X', name: 'X', unit: '', salesPrice: '1', isActive: true, productGroup: '3' })).toBe(3);
    expect(productGroupOf({ number: 'X', name: 'X', unit: '', salesPrice: '1', isActive: true, productGroup: 'Ydelser' })).toBeUndefined();
  });
});

describe('e-conomic project mappers', () => {
  it('should read a Projects API project', () => {
    expect(fromEconomicProject(project)).toEqual({ number: '17', name: 'Køkken Vestergade 4', customerNumber: '102', isActive: true });
  });

  it('should write a project, carrying objectVersion and the group on update', () => {
    const mapped = toEconomicProject({ number: '17', name: 'Køkken og bad', customerNumber: '102', isActive: true, endDate: '2024-09-30' }, 2);
    expect(mapped).toEqual({ number: 17, name: 'Køkken og bad', projectGroupNumber: 2, isBarred: false, customerNumber: 102, deliveryDate: '2024-09-30T00:00:00' });
    expect(mergeProject(project, mapped)).toMatchObject({ objectVersion: project.objectVersion, description: 'Renovering af køkken' });
    expect(projectDiffers(project, mapped)).toBe(true);
    expect(projectDiffers(project, toEconomicProject({ number: '17', name: 'Køkken Vestergade 4', customerNumber: '102', isActive: true }, 1))).toBe(false);
  });
});
