// The OperatingMode provider: sequences API calls; every decision is made by the pure functions
// in validate.ts, normalize.ts and diff.ts.
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { WebexClient } from "./client/webex-client";
import { isNotFound, isWebexApiError } from "./client/errors";
import { sameId } from "./client/ids";
import { diffOperatingMode } from "./diff";
import {
  modeCreateBody,
  modeInputsFromOutputs,
  modeOutputsFromApi,
  normalizeDifferentHours,
  normalizeForwarding,
  normalizeHolidaySet,
  normalizeSameHours,
  dropUndefined,
  holidayToApi,
} from "./normalize";
import { ApiModeUpdate, ApiOperatingMode, OperatingModeInputs, OperatingModeOutputs } from "./types";
import { containsUnknown } from "./unknown";
import { validateOperatingMode } from "./validate";
import { createdButFailed, withNestedValues, withoutProvider } from "./resource-errors";
import { createOnce } from "./create-once";

type Props = Record<string, any>;

export class OperatingModeProvider implements dynamic.ResourceProvider {
  constructor(private readonly client: () => WebexClient) {}

  async check(_olds: Props, news: Props): Promise<dynamic.CheckResult> {
    const inputs = withoutProvider(news);
    const failures = withNestedValues(validateOperatingMode(inputs), inputs);
    return { inputs: failures.length ? news : normalizeModeInputs(inputs as OperatingModeInputs), failures };
  }

  async diff(_id: string, olds: Props, news: Props): Promise<dynamic.DiffResult> {
    const d = diffOperatingMode(olds, news as OperatingModeInputs);
    return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
  }

  async create(inputs: Props): Promise<dynamic.CreateResult> {
    const declared = withoutProvider(inputs) as OperatingModeInputs;
    const existing = await this.findExisting(declared);
    // Adopting converges before the mode counts as ours: a refusal (type, level or location differ)
    // must not leave in state, for a later replace or destroy to delete, a mode that is not ours.
    if (existing) await this.converge(existing, declared);
    const id = existing ? existing.id : await this.post(declared);
    try {
      return { id, outs: await this.outputs(id, declared) };
    } catch (e) {
      throw createdButFailed(e, id, { ...declared, __provider: inputs.__provider });
    }
  }

  async read(id: string, props: Props): Promise<dynamic.ReadResult> {
    const declared = withoutProvider(props) as OperatingModeOutputs;
    const live = await this.client().tryGetOperatingMode(id, declared.orgId);
    if (!live) return {};
    const outs = modeOutputsFromApi(live, declared);
    return { id, props: outs, inputs: modeInputsFromOutputs(outs) };
  }

  async update(id: string, olds: Props, news: Props): Promise<dynamic.UpdateResult> {
    const declared = withoutProvider(news) as OperatingModeInputs;
    const body = updateBody(olds, declared);
    if (Object.keys(body).length > 0) await this.client().updateOperatingMode(id, body, declared.orgId);
    return { outs: await this.outputs(id, declared) };
  }

  async delete(id: string, props: Props): Promise<void> {
    try {
      await this.client().deleteOperatingMode(id, props.orgId);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  // ---- steps ----

  private async outputs(id: string, declared: OperatingModeInputs): Promise<OperatingModeOutputs> {
    return modeOutputsFromApi(await this.client().getOperatingMode(id, declared.orgId), declared);
  }

  /** The object to take over instead of creating one: by id, or by name when asked. */
  private async findExisting(declared: OperatingModeInputs): Promise<ApiOperatingMode | undefined> {
    const adopt = declared.adopt;
    if (adopt?.id) {
      const live = await this.client().tryGetOperatingMode(adopt.id, declared.orgId);
      if (!live) throw new Error(`adopt.id: no operating mode ${adopt.id} exists in the organisation; check the id or remove adopt`);
      return live;
    }
    if (adopt?.byName) return this.findByName(declared);
    return undefined;
  }

  private async findByName(declared: OperatingModeInputs): Promise<ApiOperatingMode | undefined> {
    const client = this.client();
    const candidates = await client.listOperatingModes(
      // No name filter: whether the service's is case-sensitive is unknown, and a level or location
      // holds at most 100 modes, one page.
      declared.level === "LOCATION" ? { limitToLocationId: declared.locationId } : { limitToOrgLevelEnabled: true },
      declared.orgId,
    );
    const match = candidates.find(
      (m) =>
        m.name.toLowerCase() === declared.name.toLowerCase() &&
        m.level === declared.level &&
        (declared.level !== "LOCATION" || sameId(m.location?.id, declared.locationId)),
    );
    return match ? client.getOperatingMode(match.id, declared.orgId) : undefined;
  }

  /**
   * Creates the mode. A POST is never replayed blindly after an answer that does not say whether it
   * happened: the mode is looked up by name first, and only created again when it is not there.
   */
  private post(declared: OperatingModeInputs): Promise<string> {
    return createOnce({
      post: () => this.client().createOperatingMode(modeCreateBody(declared), declared.orgId),
      lookup: () => this.findByName(declared),
      adopt: async (found) => (await this.converge(found, declared), found.id),
      whatToCheck: `a mode named "${declared.name}" exists (Control Hub)`,
      isAmbiguous: (e) => isWebexApiError(e) && e.ambiguous,
    });
  }


  /** Brings an existing mode to the declared state, without deleting it. */
  private async converge(live: ApiOperatingMode, declared: OperatingModeInputs): Promise<void> {
    const mismatches: string[] = [];
    for (const k of ["type", "level"] as const)
      if (live[k] !== declared[k]) mismatches.push(`${k} is ${live[k]} there but ${declared[k]} in the program`);
    if (declared.level === "LOCATION" && !sameId(live.location?.id, declared.locationId))
      mismatches.push(`locationId is ${live.location?.id ?? "none"} there but ${declared.locationId} in the program`);
    if (mismatches.length > 0)
      throw new Error(
        `cannot adopt operating mode "${live.name}" (${live.id}): ${mismatches.join("; ")}. ` +
          "These cannot change after create: make the program match, or stop adopting it.",
      );
    const body = updateBody(modeOutputsFromApi(live, declared), declared);
    if (Object.keys(body).length > 0) await this.client().updateOperatingMode(live.id, body, declared.orgId);
  }
}

/** The PUT body for what differs: only fields the API lets a PUT change. */
export function updateBody(olds: Partial<OperatingModeOutputs>, news: OperatingModeInputs): ApiModeUpdate {
  const changed = new Set(diffOperatingMode(olds, news).changed);
  return dropUndefined<ApiModeUpdate>({
    name: changed.has("name") ? news.name : undefined,
    sameHoursDaily: changed.has("sameHoursDaily") ? normalizeSameHours(news.sameHoursDaily) : undefined,
    differentHoursDaily: changed.has("differentHoursDaily") ? normalizeDifferentHours(news.differentHoursDaily) : undefined,
    callForwarding: changed.has("callForwarding") ? normalizeForwarding(news.callForwarding) : undefined,
    // Absent in the program: the holidays belong to OperatingModeHoliday resources and are never sent.
    holidays: changed.has("holidays") && news.holidays ? news.holidays.map(holidayToApi) : undefined,
  });
}

/** Checked inputs in canonical form, so that state, refresh and diffs all speak the same shape. */
export function normalizeModeInputs(m: OperatingModeInputs): OperatingModeInputs {
  const keep = <T>(value: T, f: (v: T) => unknown) => (value === undefined || containsUnknown(value) ? value : f(value));
  return dropUndefined({
    ...m,
    sameHoursDaily: keep(m.sameHoursDaily, normalizeSameHours) as OperatingModeInputs["sameHoursDaily"],
    differentHoursDaily: keep(m.differentHoursDaily, normalizeDifferentHours) as OperatingModeInputs["differentHoursDaily"],
    holidays: keep(m.holidays, normalizeHolidaySet) as OperatingModeInputs["holidays"],
    callForwarding: containsUnknown(m.callForwarding) ? m.callForwarding : normalizeForwarding(m.callForwarding),
  });
}
