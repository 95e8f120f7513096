import { describe, expect, it } from 'vitest';
import { connectionHealth, credentialFields, credentialsFromForm, labelFor } from './credential-fields';

const economicSchema = {
  type: 'object',
  properties: {
    appSecretToken: { type: 'string', writeOnly: true },
    agreementGrantToken: { type: 'string', writeOnly: true },
    baseUrl: { type: 'string', format: 'uri', default: 'https://restapi.e-conomic.com' },
    pageSize: { type: 'number' },
  },
  required: ['appSecretToken', 'agreementGrantToken', 'baseUrl'],
};

describe('credentialFields', () => {
  it('should make secrets password inputs and leave fields with a default optional', () => {
    expect(credentialFields(economicSchema)).toEqual([
      expect.objectContaining({ name: 'appSecretToken', label: 'App secret token', isSecret: true, isRequired: true, inputType: 'password' }),
      expect.objectContaining({ name: 'agreementGrantToken', isSecret: true, isRequired: true, inputType: 'password' }),
      expect.objectContaining({ name: 'baseUrl', isSecret: false, isRequired: false, inputType: 'url', defaultValue: 'https://restapi.e-conomic.com' }),
    ]);
  });

  it('should send only filled-in credentials so the API applies its defaults', () => {
    const form = new FormData();
    form.set('credentials.appSecretToken', ' s1 ');
    form.set('credentials.agreementGrantToken', 'g1');
    form.set('credentials.baseUrl', '');
    expect(credentialsFromForm(credentialFields(economicSchema), form)).toEqual({ appSecretToken: 's1', agreementGrantToken: 'g1' });
  });

  it('should turn camelCase names into readable labels', () => {
    expect(labelFor('clientId')).toBe('Client id');
    expect(labelFor('token_url')).toBe('Token url');
  });
});

describe('connectionHealth', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const active = { status: 'ACTIVE', statusReason: null };

  it('should warn a week before a token that cannot refresh itself expires', () => {
    const health = connectionHealth({ ...active, tokenExpiresAt: '2026-11-26T12:00:00Z' }, { now, refreshesItself: false });
    expect(health).toEqual({ tone: 'warn', label: 'Active', warning: 'The access token expires in 3 days.' });
  });

  it('should not warn about an OAuth access token, which is refreshed automatically', () => {
    expect(connectionHealth({ ...active, tokenExpiresAt: '2026-11-23T12:30:00Z' }, { now, refreshesItself: true }).warning).toBeNull();
  });

  it('should ask for reconnecting with the reason the API gives', () => {
    const health = connectionHealth(
      { status: 'NEEDS_RECONNECT', statusReason: 'The refresh token was revoked', tokenExpiresAt: null },
      { now, refreshesItself: true },
    );
    expect(health).toEqual({ tone: 'bad', label: 'Needs reconnecting', warning: 'The refresh token was revoked' });
  });
});
