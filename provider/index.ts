// What runs inside the dynamic-provider process. The serialized providers in state only hold thin
// methods that require this module by package name at call time (see sdk/serialized-provider.ts).
import { configureFromStack, sharedClient } from "./config";
import { OperatingModeProvider } from "./operating-mode";
import { OperatingModeHolidayProvider } from "./operating-mode-holiday";

export const operatingMode = new OperatingModeProvider(() => sharedClient());
export const operatingModeHoliday = new OperatingModeHolidayProvider(() => sharedClient());

/** Called from the serialized providers' configure with the stack config. */
export function configure(config: { get(key: string): string | undefined }): void {
  configureFromStack((key) => config.get(key));
}

export { OperatingModeProvider, OperatingModeHolidayProvider };
export * from "./types";
export { WebexClient } from "./client/webex-client";
export { WebexApiError, isWebexApiError, isNotFound } from "./client/errors";
export { resolveSettings, sharedClient, configureFromStack, DEFAULT_BASE_URL } from "./config";
export type { Settings } from "./config";
export { validateOperatingMode, validateHoliday } from "./validate";
export type { Failure } from "./validate";
export { encodeId, decodeId, sameId } from "./client/ids";
