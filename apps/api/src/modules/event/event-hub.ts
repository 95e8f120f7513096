import pg from 'pg';
import type { Logger } from '../../logging/logger.js';

export const EVENT_CHANNEL = 'lb_transfer_event';

type Listener = () => void;

/**
 * One LISTEN connection per process. A notification only says "tenant T has news"; each
 * subscriber then re-reads its tenant's events after its own cursor under row-level security,
 * so a lost or coalesced notification never loses an event, and events reach every process.
 */
export class EventHub {
  private client: pg.Client | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private stopped = false;
  private listening = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(private readonly connectionString: string, private readonly logger: Logger) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (msg) => {
      const tenantId = msg.payload?.split(':')[0];
      if (tenantId) this.wake(tenantId);
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'event listener connection lost; reconnecting');
      this.listening = false;
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${EVENT_CHANNEL}`);
    this.client = client;
    this.listening = true;
    // anything committed while we were away is picked up by re-reading after each cursor
    this.wakeAll();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.client?.end().catch(() => undefined);
      this.start().catch(() => this.scheduleReconnect());
    }, 1000);
  }

  isListening(): boolean {
    return this.listening;
  }

  onTenant(tenantId: string, listener: Listener): () => void {
    let set = this.listeners.get(tenantId);
    if (!set) this.listeners.set(tenantId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(tenantId);
    };
  }

  private wake(tenantId: string): void {
    for (const l of this.listeners.get(tenantId) ?? []) l();
  }

  private wakeAll(): void {
    for (const set of this.listeners.values()) for (const l of set) l();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    this.listening = false;
    await this.client?.end().catch(() => undefined);
  }
}
