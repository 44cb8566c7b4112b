import * as pulumi from "@pulumi/pulumi";
import type {
  AdoptOptions,
  ApiHoliday,
  CallForwarding,
  DifferentHoursDaily,
  HolidayFields,
  ModeLevel,
  ModeType,
  SameHoursDaily,
} from "../provider/types";
import { operatingModeProvider } from "./serialized-provider";

export interface OperatingModeArgs {
  /** Unique within its level and location. Renaming keeps the id. */
  name: pulumi.Input<string>;
  /** SAME_HOURS_DAILY, DIFFERENT_HOURS_DAILY, HOLIDAY or NONE. Changing it replaces the mode. */
  type: pulumi.Input<ModeType>;
  /** ORGANIZATION or LOCATION. Changing it replaces the mode. */
  level: pulumi.Input<ModeLevel>;
  /** Required for level LOCATION. Changing it replaces the mode. */
  locationId?: pulumi.Input<string>;
  sameHoursDaily?: pulumi.Input<SameHoursDaily>;
  differentHoursDaily?: pulumi.Input<DifferentHoursDaily>;
  /**
   * For a HOLIDAY mode: give the whole list to own it here (compared as a set). Leave it out to
   * manage holidays with OperatingModeHoliday resources: the mode then never sends or compares them.
   */
  holidays?: pulumi.Input<pulumi.Input<HolidayFields>[]>;
  /** Left out: forwarding off. */
  callForwarding?: pulumi.Input<CallForwarding>;
  /** A customer organisation, for partner administrators. Defaults to webex:orgId. */
  orgId?: pulumi.Input<string>;
  /** Take over an existing mode (by id, or by name within its level and location) instead of creating one. */
  adopt?: pulumi.Input<AdoptOptions>;
}

// Pulumi registers as outputs only the properties passed in: every output is named here, so that
// e.g. `callForwarding` exists (off) on a mode declared without it.
const EVERY_OUTPUT = {
  locationId: undefined,
  locationName: undefined,
  sameHoursDaily: undefined,
  differentHoursDaily: undefined,
  holidays: undefined,
  callForwarding: undefined,
  orgId: undefined,
};

/** A Webex Calling operating mode: business hours, holidays, or the mode used outside them. */
export class OperatingMode extends pulumi.dynamic.Resource {
  declare readonly name: pulumi.Output<string>;
  declare readonly type: pulumi.Output<ModeType>;
  declare readonly level: pulumi.Output<ModeLevel>;
  declare readonly locationId: pulumi.Output<string | undefined>;
  /** The location's name, as the API reports it. */
  declare readonly locationName: pulumi.Output<string | undefined>;
  declare readonly sameHoursDaily: pulumi.Output<SameHoursDaily | undefined>;
  declare readonly differentHoursDaily: pulumi.Output<DifferentHoursDaily | undefined>;
  /** Only when the holidays are declared inline; ids change whenever the list is written. */
  declare readonly holidays: pulumi.Output<ApiHoliday[] | undefined>;
  declare readonly callForwarding: pulumi.Output<CallForwarding>;
  declare readonly orgId: pulumi.Output<string | undefined>;

  constructor(name: string, args: OperatingModeArgs, opts?: pulumi.CustomResourceOptions) {
    super(operatingModeProvider, name, { ...EVERY_OUTPUT, ...args }, opts, "webex", "OperatingMode");
  }
}
