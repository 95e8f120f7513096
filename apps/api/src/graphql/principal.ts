export type UserRole = 'ADMIN' | 'VIEWER';

/** Who is calling. Tenant principals carry their tenant; nothing downstream takes it from arguments. */
export type Principal =
  | { kind: 'operator' }
  | { kind: 'api-key'; tenantId: string; apiKeyId: string }
  | { kind: 'user'; tenantId: string; userId: string; role: UserRole; email: string; sessionId: string };

export type TenantPrincipal = Exclude<Principal, { kind: 'operator' }>;

export function isTenantPrincipal(p: Principal | null): p is TenantPrincipal {
  return p !== null && p.kind !== 'operator';
}

/** Roles named in @Authorized(). */
export const Role = {
  OPERATOR: 'OPERATOR',
  /** Any tenant principal: partner app key or signed-in user. */
  TENANT: 'TENANT',
  /** May change the tenant's records: partner app keys and admins, not viewers. */
  WRITER: 'WRITER',
  /** Manages users, keys and settings. */
  ADMIN: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export function hasRole(p: Principal | null, role: Role): boolean {
  if (p === null) return false;
  switch (role) {
    case Role.OPERATOR:
      return p.kind === 'operator';
    case Role.TENANT:
      return p.kind !== 'operator';
    case Role.WRITER:
      return p.kind === 'api-key' || (p.kind === 'user' && p.role === 'ADMIN');
    case Role.ADMIN:
      return p.kind === 'user' && p.role === 'ADMIN';
  }
}

/** How a change is attributed in events and audit fields. */
export function actorOf(p: Principal | null): string | null {
  if (p === null) return null;
  if (p.kind === 'user') return p.email;
  if (p.kind === 'api-key') return `api-key:${p.apiKeyId}`;
  return 'operator';
}
