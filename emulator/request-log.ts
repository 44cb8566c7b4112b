/** The request log tests read through the admin path: one entry per /v1 request. */

export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** The status sent; 0 when the connection was dropped without a response. */
  status: number;
  /** The organisation the request acted on (after `orgId`), when the token was valid. */
  orgId?: string;
  /** ISO 8601 time the request arrived. */
  time: string;
  trackingId: string;
  /** Set when a fault was injected: script, quota, random-429, random-5xx, random-drop-... */
  fault?: string;
  /** Set when the connection was dropped. */
  dropped?: "before-commit" | "after-commit";
}

/** Keeps the latest `capacity` entries so a long benchmark cannot exhaust memory. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  constructor(private readonly capacity = 50_000) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  list(): RequestLogEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
