/**
 * Where the real service's behaviour is unknown (the "Unknown" section of the API notes), the
 * emulator picks one default and offers a switch for the alternatives, so the provider can be
 * tested against each plausible behaviour. Defaults are the ones the API notes name; where the
 * notes name none, the choice is ours and marked "[emulator guess]".
 */

export interface BehaviourSwitches {
  /** Scope within which mode names must be unique. Default: per level and location. */
  modeNameUniqueness: "levelAndLocation" | "organization";
  /** Whether two holidays of one mode may share a name. Default: no (unique). [emulator guess] */
  holidayNamesUniqueWithinMode: boolean;
  /** Status of a duplicate-name error. Default 409. */
  duplicateNameStatus: 400 | 409;
  /** Status of the other rule breaks: over a limit, schedule not matching the type, holidays on a
   * non-HOLIDAY mode. Default 400. */
  ruleViolationStatus: 400 | 409;
  /** A mode PUT that carries type, level or locationId: rejected with 400 (default) or ignored. */
  immutableFieldsOnUpdate: "reject" | "ignore";
  /** Ranges whose start is later than their end (22:00-06:00): accepted (default) or rejected. */
  overnightRanges: "accept" | "reject";
  /** `limitToLocationId` returns only that location's modes (default) or also the org-level ones. */
  limitToLocationIdIncludesOrgLevel: boolean;
  /** The list's `name` filter: case-insensitive substring by default. */
  nameFilterCaseSensitive: boolean;
  /** Deleting a mode that a feature uses (set through the admin path): 409 (default) or allowed.
   * [emulator guess] */
  deleteModeInUse: "reject" | "allow";
  /** Whether a holiday's recurrence must agree with its startDate (25 DECEMBER needs a startDate on
   * 25 December). Default: not checked. [emulator guess] */
  recurrenceMustMatchStartDate: boolean;
  /** GET omits callForwarding.destination while forwarding is disabled. Default: returned as
   * stored. [emulator guess] */
  omitDestinationWhenForwardingDisabled: boolean;
  /** Maximum mode name length. Default 40. [emulator guess: Control Hub's field limit is unknown] */
  modeNameMaxLength: number;
  /** Maximum holiday name length. Default 30 (live tests cut holiday names to 30 characters). */
  holidayNameMaxLength: number;
}

export const DEFAULT_BEHAVIOUR: Readonly<BehaviourSwitches> = Object.freeze({
  modeNameUniqueness: "levelAndLocation",
  holidayNamesUniqueWithinMode: true,
  duplicateNameStatus: 409,
  ruleViolationStatus: 400,
  immutableFieldsOnUpdate: "reject",
  overnightRanges: "accept",
  limitToLocationIdIncludesOrgLevel: false,
  nameFilterCaseSensitive: false,
  deleteModeInUse: "reject",
  recurrenceMustMatchStartDate: false,
  omitDestinationWhenForwardingDisabled: false,
  modeNameMaxLength: 40,
  holidayNameMaxLength: 30,
});

/** Limits the spec states; not switchable. */
export const LIMITS = Object.freeze({
  modesPerScope: 100,
  holidaysPerMode: 150,
  availableModes: 200,
  listModesMax: 100,
  listModesDefaultMax: 10,
  availableNumbersMax: 2000,
  availableNumbersDefaultMax: 2000,
  locationsMax: 1000,
  locationsDefaultMax: 100,
});

/** Merges partial switches over the defaults, rejecting unknown keys and bad values early. */
export function resolveBehaviour(partial: Partial<BehaviourSwitches> | undefined): BehaviourSwitches {
  const result: BehaviourSwitches = { ...DEFAULT_BEHAVIOUR };
  if (!partial) return result;
  const allowed: { [K in keyof BehaviourSwitches]: (v: unknown) => boolean } = {
    modeNameUniqueness: (v) => v === "levelAndLocation" || v === "organization",
    holidayNamesUniqueWithinMode: isBool,
    duplicateNameStatus: (v) => v === 400 || v === 409,
    ruleViolationStatus: (v) => v === 400 || v === 409,
    immutableFieldsOnUpdate: (v) => v === "reject" || v === "ignore",
    overnightRanges: (v) => v === "accept" || v === "reject",
    limitToLocationIdIncludesOrgLevel: isBool,
    nameFilterCaseSensitive: isBool,
    deleteModeInUse: (v) => v === "reject" || v === "allow",
    recurrenceMustMatchStartDate: isBool,
    omitDestinationWhenForwardingDisabled: isBool,
    modeNameMaxLength: isPositiveInt,
    holidayNameMaxLength: isPositiveInt,
  };
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) continue;
    if (!(key in allowed)) throw new Error(`Unknown behaviour switch "${key}"`);
    const k = key as keyof BehaviourSwitches;
    if (!allowed[k](value)) throw new Error(`Invalid value ${JSON.stringify(value)} for behaviour switch "${key}"`);
    (result as unknown as Record<string, unknown>)[k] = value;
  }
  return result;
}

function isBool(v: unknown): boolean {
  return typeof v === "boolean";
}

function isPositiveInt(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v > 0;
}
