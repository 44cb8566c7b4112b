// Errors of the Webex API, as one line a person can act on: operation, HTTP status, Webex's message
// and descriptions, tracking id. They carry no request headers, so no token can leak through them.

export interface WebexErrorDetails {
  operation: string; // e.g. "POST /telephony/config/operatingModes"
  status?: number;
  message?: string;
  descriptions?: string[];
  errorCodes?: number[];
  trackingId?: string;
  networkCode?: string;
  /** Where a request that got no response was going (origin and base path), and the hint to check it. */
  target?: string;
}

export class WebexApiError extends Error {
  readonly details: WebexErrorDetails;
  /** The write may have happened: the request was sent and no answer came back. */
  readonly ambiguous: boolean;

  constructor(details: WebexErrorDetails, ambiguous = false) {
    super(formatWebexError(details));
    this.name = "WebexApiError";
    this.details = details;
    this.ambiguous = ambiguous;
  }

  get status(): number | undefined {
    return this.details.status;
  }
}

export function isWebexApiError(e: unknown): e is WebexApiError {
  return e instanceof Error && (e as any).name === "WebexApiError" && typeof (e as any).details === "object";
}

export function isNotFound(e: unknown): boolean {
  return isWebexApiError(e) && e.status === 404;
}

export function formatWebexError(d: WebexErrorDetails): string {
  const what =
    d.status !== undefined
      ? `HTTP ${d.status}`
      : `no response${d.target ? ` from ${d.target}` : ""} (${d.networkCode ?? "connection failed"})`;
  const descriptions = (d.descriptions ?? []).filter((x) => x && x !== d.message);
  const parts = [`Webex API ${d.operation} failed: ${what}`];
  if (d.message) parts.push(d.message);
  if (descriptions.length) parts.push(descriptions.join("; "));
  if (d.errorCodes?.length) parts.push(`errorCode ${d.errorCodes.join(", ")}`);
  // One line, whatever the body held (a gateway's HTML error page spans many).
  return (parts.join(": ") + (d.trackingId ? ` (trackingId ${d.trackingId})` : "")).replace(/\s+/g, " ");
}

/** Reads Webex's error body ({message, errors:[{description, errorCode}], trackingId}) defensively. */
export function detailsFromBody(
  operation: string,
  status: number,
  body: unknown,
  headerTrackingId: string | undefined,
): WebexErrorDetails {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, any>;
  const errors: any[] = Array.isArray(b.errors) ? b.errors : [];
  return {
    operation,
    status,
    message: typeof b.message === "string" ? b.message : typeof body === "string" && body ? body.slice(0, 200) : undefined,
    descriptions: errors.map((e) => e?.description).filter((x): x is string => typeof x === "string"),
    errorCodes: errors.map((e) => e?.errorCode).filter((x): x is number => typeof x === "number"),
    trackingId: typeof b.trackingId === "string" ? b.trackingId : headerTrackingId,
  };
}
