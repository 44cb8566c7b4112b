/**
 * Rules that depend on what the organisation already holds: unique names, the 100-mode and
 * 150-holiday limits, the existence of a location. Pure functions over an organisation snapshot.
 */
import { BehaviourSwitches, LIMITS } from "./behaviour";
import { ErrorCode, Violation } from "./errors";
import { canonicalId } from "./ids";
import { Holiday, Location, ModeLevel, OperatingMode, Organization } from "./types";

/** Finds a location of the organisation by any spelling of its id. */
export function findLocation(org: Organization, locationId: string): Location | undefined {
  const id = canonicalId(locationId, "LOCATION");
  return id === undefined ? undefined : org.locations.find((l) => l.id === id);
}

interface ModeScope {
  level: ModeLevel;
  locationId?: string;
}

function sameScope(mode: OperatingMode, scope: ModeScope): boolean {
  return mode.level === scope.level && (scope.level === "ORGANIZATION" || mode.locationId === scope.locationId);
}

/**
 * Mode names are unique per level and location by default, or across the organisation (switch).
 * Names compare exactly (case-sensitive). [emulator guess]
 */
export function checkModeNameFree(
  org: Organization,
  name: string,
  scope: ModeScope,
  excludeModeId: string | undefined,
  behaviour: Pick<BehaviourSwitches, "modeNameUniqueness">,
): Violation | undefined {
  const clash = org.operatingModes.find(
    (m) =>
      m.id !== excludeModeId &&
      m.name === name &&
      (behaviour.modeNameUniqueness === "organization" || sameScope(m, scope)),
  );
  if (!clash) return undefined;
  const where =
    behaviour.modeNameUniqueness === "organization"
      ? "in this organization"
      : scope.level === "ORGANIZATION"
        ? "at the organization level"
        : "in this location";
  return {
    kind: "duplicate",
    path: "name",
    description: `An operating mode named "${name}" already exists ${where}.`,
    errorCode: ErrorCode.duplicateName,
  };
}

/** At most 100 modes at the organisation level and 100 per location. */
export function checkModeLimit(org: Organization, scope: ModeScope): Violation | undefined {
  const count = org.operatingModes.filter((m) => sameScope(m, scope)).length;
  if (count < LIMITS.modesPerScope) return undefined;
  const where = scope.level === "ORGANIZATION" ? "the organization level" : "this location";
  return {
    kind: "limit",
    path: "",
    description: `${where} already has the maximum of ${LIMITS.modesPerScope} operating modes.`,
    errorCode: ErrorCode.limitExceeded,
  };
}

/** At most 150 holidays per mode (checked before adding one). */
export function checkHolidayLimit(mode: OperatingMode): Violation | undefined {
  if ((mode.holidays ?? []).length < LIMITS.holidaysPerMode) return undefined;
  return {
    kind: "limit",
    path: "",
    description: `The operating mode already has the maximum of ${LIMITS.holidaysPerMode} holidays.`,
    errorCode: ErrorCode.limitExceeded,
  };
}

/** A holiday's name must not be used by another holiday of the same mode (switchable). */
export function checkHolidayNameFree(
  holidays: Holiday[],
  name: string,
  excludeHolidayId: string | undefined,
  behaviour: Pick<BehaviourSwitches, "holidayNamesUniqueWithinMode">,
): Violation | undefined {
  if (!behaviour.holidayNamesUniqueWithinMode) return undefined;
  if (!holidays.some((h) => h.id !== excludeHolidayId && h.name === name)) return undefined;
  return {
    kind: "duplicate",
    path: "name",
    description: `A holiday named "${name}" already exists in this operating mode.`,
    errorCode: ErrorCode.duplicateName,
  };
}

/** Holidays can only be added to HOLIDAY modes. */
export function checkAcceptsHolidays(mode: OperatingMode): Violation | undefined {
  if (mode.type === "HOLIDAY") return undefined;
  return {
    kind: "mismatch",
    path: "",
    description: `Holidays can only be added to HOLIDAY operating modes; this one is ${mode.type}.`,
    errorCode: ErrorCode.holidaysNotAllowed,
  };
}
