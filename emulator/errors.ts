/**
 * Errors in the Webex shape: `{message, errors: [{description, errorCode?}], trackingId}`.
 *
 * The numeric error codes are the emulator's own (Webex Calling publishes no table for this API);
 * clients must not depend on the numbers, only on their presence and on the HTTP status.
 */

export const ErrorCode = Object.freeze({
  missingField: 25008,
  invalidValue: 25009,
  immutableField: 25010,
  scheduleMismatch: 25011,
  holidaysNotAllowed: 25012,
  limitExceeded: 25013,
  duplicateName: 25014,
  locationNotFound: 25015,
  modeInUse: 25016,
  notFound: 4008,
  forbidden: 4003,
  rateLimited: 4290,
  serviceUnavailable: 5030,
});

/** What kind of rule a violation breaks: decides the HTTP status (some are switchable). */
export type ViolationKind =
  | "invalid" // shape, format, enum, range: always 400
  | "immutable" // type/level/locationId in a PUT: 400
  | "mismatch" // schedule not matching the type, holidays on a non-HOLIDAY mode
  | "limit" // 100 modes, 150 holidays
  | "duplicate" // name already taken
  | "inUse"; // deleting a mode a feature uses

export interface Violation {
  kind: ViolationKind;
  /** Property path in the request body, e.g. `holidays[3].startTime`; empty for the whole body. */
  path: string;
  description: string;
  errorCode: number;
}

export interface WebexErrorItem {
  description: string;
  errorCode?: number;
}

/** Thrown by handlers; turned into a response by the HTTP layer. */
export class WebexError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: WebexErrorItem[] = [{ description: message }],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "WebexError";
  }

  static notFound(what: string): WebexError {
    return new WebexError(404, `${what} not found.`, [{ description: `${what} not found.`, errorCode: ErrorCode.notFound }]);
  }

  static badRequest(description: string, errorCode: number = ErrorCode.invalidValue): WebexError {
    return new WebexError(400, description, [{ description, errorCode }]);
  }

  static forbidden(description: string): WebexError {
    return new WebexError(403, description, [{ description, errorCode: ErrorCode.forbidden }]);
  }

  static unauthorized(): WebexError {
    const description = "The request requires a valid access token set in the Authorization request header.";
    return new WebexError(401, description, [{ description }]);
  }
}

export interface StatusChoice {
  duplicateNameStatus: number;
  ruleViolationStatus: number;
}

export function statusOf(kind: ViolationKind, choice: StatusChoice): number {
  switch (kind) {
    case "duplicate":
      return choice.duplicateNameStatus;
    case "mismatch":
    case "limit":
      return choice.ruleViolationStatus;
    case "inUse":
      return 409;
    case "invalid":
    case "immutable":
      return 400;
  }
}

/**
 * One error for every violation found (validation collects them all instead of stopping at the
 * first). The status is the strictest one: a 400 violation wins over a 409 one, because a request
 * that is malformed should be fixed before a conflict means anything.
 */
export function violationsToError(violations: Violation[], choice: StatusChoice): WebexError {
  const statuses = violations.map((v) => statusOf(v.kind, choice));
  const status = statuses.includes(400) ? 400 : statuses[0];
  const items = violations.map((v) => ({
    description: v.path ? `${v.path}: ${v.description}` : v.description,
    errorCode: v.errorCode,
  }));
  const message = items.map((i) => i.description).join("; ");
  return new WebexError(status, message, items);
}

export function errorBody(err: WebexError, trackingId: string): object {
  return { message: err.message, errors: err.errors, trackingId };
}
