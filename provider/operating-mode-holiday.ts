// The OperatingModeHoliday provider: one holiday of a HOLIDAY mode whose holiday list is not
// declared inline. Holiday PUTs are partial and keep the id, so updates are done in place.
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { WebexClient } from "./client/webex-client";
import { isNotFound, isWebexApiError } from "./client/errors";
import { diffHoliday } from "./diff";
import { dropUndefined, holidayToApi, normalizeHoliday } from "./normalize";
import { ApiHoliday, HolidayFields, HolidayInputs, HolidayOutputs } from "./types";
import { containsUnknown } from "./unknown";
import { validateHoliday } from "./validate";
import { createdButFailed, withNestedValues, withoutProvider } from "./resource-errors";
import { createOnce } from "./create-once";

type Props = Record<string, any>;

export class OperatingModeHolidayProvider implements dynamic.ResourceProvider {
  constructor(private readonly client: () => WebexClient) {}

  async check(_olds: Props, news: Props): Promise<dynamic.CheckResult> {
    const inputs = withoutProvider(news);
    const failures = withNestedValues(validateHoliday(inputs), inputs);
    return { inputs: failures.length ? news : normalizeHolidayInputs(inputs as HolidayInputs), failures };
  }

  async diff(_id: string, olds: Props, news: Props): Promise<dynamic.DiffResult> {
    const d = diffHoliday(olds, news as HolidayInputs);
    return { changes: d.changes, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
  }

  async create(inputs: Props): Promise<dynamic.CreateResult> {
    const declared = withoutProvider(inputs) as HolidayInputs;
    const existing = await this.findExisting(declared);
    const id = existing ? existing.id : await this.post(declared);
    try {
      if (existing && !sameHoliday(existing, declared)) await this.put(id, declared);
      return { id, outs: await this.outputs(id, declared) };
    } catch (e) {
      throw createdButFailed(e, id, { ...declared, __provider: inputs.__provider });
    }
  }

  async read(id: string, props: Props): Promise<dynamic.ReadResult> {
    const declared = withoutProvider(props) as HolidayOutputs;
    const live = await this.client().tryGetHoliday(declared.operatingModeId, id, declared.orgId);
    if (!live) return {};
    const outs = holidayOutputs(live, declared);
    return { id, props: outs, inputs: outs };
  }

  async update(id: string, _olds: Props, news: Props): Promise<dynamic.UpdateResult> {
    const declared = withoutProvider(news) as HolidayInputs;
    await this.put(id, declared);
    return { outs: await this.outputs(id, declared) };
  }

  async delete(id: string, props: Props): Promise<void> {
    try {
      await this.client().deleteHoliday(props.operatingModeId, id, props.orgId);
    } catch (e) {
      // Gone already, or its mode is gone and took it along.
      if (!isNotFound(e)) throw e;
    }
  }

  // ---- steps ----

  private async outputs(id: string, declared: HolidayInputs): Promise<HolidayOutputs> {
    return holidayOutputs(await this.client().getHoliday(declared.operatingModeId, id, declared.orgId), declared);
  }

  /** The whole holiday is sent: a PUT is partial, so every declared field is set in one call. */
  private put(id: string, declared: HolidayInputs): Promise<void> {
    return this.client().updateHoliday(declared.operatingModeId, id, holidayToApi(declared), declared.orgId);
  }

  private async findExisting(declared: HolidayInputs): Promise<ApiHoliday | undefined> {
    const adopt = declared.adopt;
    if (adopt?.id) {
      const live = await this.client().tryGetHoliday(declared.operatingModeId, adopt.id, declared.orgId);
      if (!live) throw new Error(`adopt.id: no holiday ${adopt.id} exists in operating mode ${declared.operatingModeId}; check the id or remove adopt`);
      return live;
    }
    if (adopt?.byName) return this.findByName(declared, false);
    return undefined;
  }

  /** The mode's holiday of this name (and, after an ambiguous create, this start date). */
  private async findByName(declared: HolidayInputs, sameStart: boolean): Promise<ApiHoliday | undefined> {
    const mode = await this.client().getOperatingMode(declared.operatingModeId, declared.orgId);
    return (mode.holidays ?? []).find(
      (h) => h.name.toLowerCase() === declared.name.toLowerCase() && (!sameStart || h.startDate === declared.startDate),
    );
  }

  private post(declared: HolidayInputs): Promise<string> {
    return createOnce({
      post: () => this.client().createHoliday(declared.operatingModeId, holidayToApi(declared), declared.orgId),
      // The lost POST made it exactly as declared: no update needed when it is found.
      lookup: () => this.findByName(declared, true),
      adopt: async (found) => found.id,
      whatToCheck: `operating mode ${declared.operatingModeId} has a holiday "${declared.name}"`,
      isAmbiguous: (e) => isWebexApiError(e) && e.ambiguous,
    });
  }

}

function holidayOutputs(live: ApiHoliday, declared: HolidayInputs): HolidayOutputs {
  return dropUndefined({
    operatingModeId: declared.operatingModeId,
    orgId: declared.orgId,
    adopt: declared.adopt,
    ...(normalizeHoliday(live) as HolidayFields & { endDate: string; allDayEnabled: boolean }),
  });
}

function sameHoliday(live: ApiHoliday, declared: HolidayInputs): boolean {
  return !diffHoliday(holidayOutputs(live, declared), declared).changes;
}

export function normalizeHolidayInputs(h: HolidayInputs): HolidayInputs {
  const fields: HolidayFields = { name: h.name, allDayEnabled: h.allDayEnabled, startDate: h.startDate, endDate: h.endDate, startTime: h.startTime, endTime: h.endTime, recurrence: h.recurrence };
  if (containsUnknown(fields)) return h;
  return dropUndefined({ operatingModeId: h.operatingModeId, orgId: h.orgId, adopt: h.adopt, ...normalizeHoliday(fields) });
}
