export * from './core/connector.js';
export * from './core/connector-context.js';
export * from './core/connector-error.js';
export * from './core/manifest.js';
export * from './core/redact.js';
export * from './core/registry.js';
export * from './core/result.js';
