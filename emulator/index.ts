/**
 * A local emulator of the Webex Calling "Features: Operating Modes" API (and the Locations API),
 * for tests, demos and trying the tool without a tenant. See emulator/README.md.
 */
export { buildEmulator, startEmulator, isLoopbackHost } from "./server";
export type { EmulatorOptions, RunningEmulator } from "./server";
export { DEFAULT_BEHAVIOUR, LIMITS } from "./behaviour";
export type { BehaviourSwitches } from "./behaviour";
export { NO_FAULTS } from "./faults";
export type { FaultConfig, ScriptedFault, QuotaConfig, DropWhen } from "./faults";
export type { EmulatorSeed, SeedOrganization, SeedLocation, SeedPerson, SeedFeature, SeedNumber, SeedToken } from "./seed";
export { DEFAULT_SEED } from "./seed";
export type { RequestLogEntry } from "./request-log";
export { encodeId, decodeId } from "./ids";
