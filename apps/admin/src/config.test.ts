import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';

describe('resolveConfig', () => {
  it('should default to /graphql on the page origin with a ws URL', () => {
    const config = resolveConfig({}, { href: 'http://localhost:4000/admin/' });
    expect(config).toEqual({
      graphqlUrl: 'http://localhost:4000/graphql',
      graphqlWsUrl: 'ws://localhost:4000/graphql',
    });
  });

  it('should derive wss from an https page', () => {
    const config = resolveConfig({}, { href: 'https://bridge.example.com/admin/home' });
    expect(config.graphqlWsUrl).toBe('wss://bridge.example.com/graphql');
  });

  it('should honour explicit URLs from the environment', () => {
    const config = resolveConfig(
      { VITE_GRAPHQL_URL: 'https://api.example.com/gql', VITE_GRAPHQL_WS_URL: 'wss://ws.example.com/gql' },
      { href: 'http://localhost:5173/admin/' },
    );
    expect(config).toEqual({ graphqlUrl: 'https://api.example.com/gql', graphqlWsUrl: 'wss://ws.example.com/gql' });
  });

  it('should treat blank variables as unset', () => {
    const config = resolveConfig({ VITE_GRAPHQL_URL: ' ' }, { href: 'http://localhost:5173/admin/' });
    expect(config.graphqlUrl).toBe('http://localhost:5173/graphql');
  });
});
