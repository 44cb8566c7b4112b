import * as pulumi from "@pulumi/pulumi";
import type { AdoptOptions, Recurrence } from "../provider/types";
import { operatingModeHolidayProvider } from "./serialized-provider";

export interface OperatingModeHolidayArgs {
  /** The HOLIDAY mode it belongs to; that mode must not declare `holidays` inline. Changing it replaces the holiday. */
  operatingModeId: pulumi.Input<string>;
  name: pulumi.Input<string>;
  /** Defaults to true without times, false with them. */
  allDayEnabled?: pulumi.Input<boolean>;
  /** YYYY-MM-DD */
  startDate: pulumi.Input<string>;
  /** YYYY-MM-DD; defaults to startDate. */
  endDate?: pulumi.Input<string>;
  /** HH:MM, with endTime, for a part of a day. */
  startTime?: pulumi.Input<string>;
  endTime?: pulumi.Input<string>;
  /** Yearly, by date or by weekday. Left out: a one-off holiday. */
  recurrence?: pulumi.Input<Recurrence>;
  orgId?: pulumi.Input<string>;
  /** Take over an existing holiday of the mode (by id, or by name) instead of creating one. */
  adopt?: pulumi.Input<AdoptOptions>;
}

// Pulumi registers as outputs only the properties passed in: every output is named here, so that
// e.g. `endDate` exists on a holiday declared without it.
const EVERY_OUTPUT = {
  allDayEnabled: undefined,
  endDate: undefined,
  startTime: undefined,
  endTime: undefined,
  recurrence: undefined,
  orgId: undefined,
};

/** One holiday of a HOLIDAY operating mode. */
export class OperatingModeHoliday extends pulumi.dynamic.Resource {
  declare readonly operatingModeId: pulumi.Output<string>;
  declare readonly name: pulumi.Output<string>;
  declare readonly allDayEnabled: pulumi.Output<boolean>;
  declare readonly startDate: pulumi.Output<string>;
  declare readonly endDate: pulumi.Output<string>;
  declare readonly startTime: pulumi.Output<string | undefined>;
  declare readonly endTime: pulumi.Output<string | undefined>;
  declare readonly recurrence: pulumi.Output<Recurrence | undefined>;
  declare readonly orgId: pulumi.Output<string | undefined>;

  constructor(name: string, args: OperatingModeHolidayArgs, opts?: pulumi.CustomResourceOptions) {
    super(operatingModeHolidayProvider, name, { ...EVERY_OUTPUT, ...args }, opts, "webex", "OperatingModeHoliday");
  }
}
