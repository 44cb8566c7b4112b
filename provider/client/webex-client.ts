// Typed methods for the eleven "Features: Operating Modes" endpoints and the two Locations endpoints
// that programs use to find location ids. Lists follow pagination to the end and read a missing list
// key as empty (the service has answered {} for an empty list).
import { isNotFound } from "./errors";
import { HttpOptions, RequestSpec, WebexHttp, nextLink } from "./http";
import {
  ApiHoliday,
  ApiModeCreate,
  ApiModeUpdate,
  ApiOperatingMode,
  ApiOperatingModeSummary,
  AvailableMode,
  AvailableNumber,
  AvailableNumbersQuery,
  HolidayFields,
  ListModesQuery,
  Location,
} from "../types";

const MODES = "telephony/config/operatingModes";
const enc = encodeURIComponent;

export class WebexClient {
  readonly http: WebexHttp;

  constructor(options: HttpOptions | WebexHttp) {
    this.http = options instanceof WebexHttp ? options : new WebexHttp(options);
  }

  // ---- operating modes ----

  listOperatingModes(query: ListModesQuery = {}, orgId?: string, onPage?: (count: number) => void): Promise<ApiOperatingModeSummary[]> {
    return this.listAll<ApiOperatingModeSummary>({ method: "GET", path: MODES, query: { ...query, max: 100 }, orgId }, "operatingModes", onPage);
  }

  async getOperatingMode(id: string, orgId?: string): Promise<ApiOperatingMode> {
    return (await this.http.request<ApiOperatingMode>({ method: "GET", path: `${MODES}/${enc(id)}`, orgId })).data;
  }

  /** undefined when the mode does not exist. */
  tryGetOperatingMode(id: string, orgId?: string): Promise<ApiOperatingMode | undefined> {
    return orUndefinedOn404(this.getOperatingMode(id, orgId));
  }

  async createOperatingMode(body: ApiModeCreate, orgId?: string): Promise<string> {
    return idOf((await this.http.request<{ id: string }>({ method: "POST", path: MODES, body, orgId })).data);
  }

  async updateOperatingMode(id: string, body: ApiModeUpdate, orgId?: string): Promise<void> {
    await this.http.request({ method: "PUT", path: `${MODES}/${enc(id)}`, body, orgId });
  }

  async deleteOperatingMode(id: string, orgId?: string): Promise<void> {
    await this.http.request({ method: "DELETE", path: `${MODES}/${enc(id)}`, orgId });
  }

  // ---- holidays ----

  async getHoliday(modeId: string, holidayId: string, orgId?: string): Promise<ApiHoliday> {
    return (await this.http.request<ApiHoliday>({ method: "GET", path: `${MODES}/${enc(modeId)}/holidays/${enc(holidayId)}`, orgId })).data;
  }

  tryGetHoliday(modeId: string, holidayId: string, orgId?: string): Promise<ApiHoliday | undefined> {
    return orUndefinedOn404(this.getHoliday(modeId, holidayId, orgId));
  }

  async createHoliday(modeId: string, body: HolidayFields, orgId?: string): Promise<string> {
    return idOf((await this.http.request<{ id: string }>({ method: "POST", path: `${MODES}/${enc(modeId)}/holidays`, body, orgId })).data);
  }

  async updateHoliday(modeId: string, holidayId: string, body: Partial<HolidayFields>, orgId?: string): Promise<void> {
    await this.http.request({ method: "PUT", path: `${MODES}/${enc(modeId)}/holidays/${enc(holidayId)}`, body, orgId });
  }

  async deleteHoliday(modeId: string, holidayId: string, orgId?: string): Promise<void> {
    await this.http.request({ method: "DELETE", path: `${MODES}/${enc(modeId)}/holidays/${enc(holidayId)}`, orgId });
  }

  // ---- per location ----

  async getAvailableOperatingModes(locationId: string, orgId?: string): Promise<AvailableMode[]> {
    const res = await this.http.request<{ operatingModes?: AvailableMode[] }>({
      method: "GET",
      path: `telephony/config/locations/${enc(locationId)}/operatingModes/availableOperatingModes`,
      orgId,
    });
    return res.data?.operatingModes ?? [];
  }

  listCallForwardAvailableNumbers(locationId: string, query: AvailableNumbersQuery = {}, orgId?: string): Promise<AvailableNumber[]> {
    return this.listAll<AvailableNumber>(
      {
        method: "GET",
        path: `telephony/config/locations/${enc(locationId)}/operatingModes/callForwarding/availableNumbers`,
        query: { phoneNumber: query.phoneNumber?.join(","), ownerName: query.ownerName, extension: query.extension },
        orgId,
      },
      "phoneNumbers",
    );
  }

  // ---- locations ----

  listLocations(query: { name?: string } = {}, orgId?: string): Promise<Location[]> {
    return this.listAll<Location>({ method: "GET", path: "locations", query: { name: query.name, max: 100 }, orgId }, "items");
  }

  async getLocation(id: string, orgId?: string): Promise<Location> {
    return (await this.http.request<Location>({ method: "GET", path: `locations/${enc(id)}`, orgId })).data;
  }

  // ---- helpers ----

  private async listAll<T>(first: RequestSpec, key: string, onPage?: (count: number) => void): Promise<T[]> {
    const items: T[] = [];
    let spec: RequestSpec | undefined = first;
    while (spec) {
      const res: { data: any; headers: Record<string, string | undefined> } = await this.http.request(spec);
      const page = res.data?.[key];
      items.push(...(Array.isArray(page) ? (page as T[]) : []));
      onPage?.(items.length);
      const link = nextLink(res.headers["link"]);
      // A relative link (RFC 8288) is relative to the service's URL, not below the base path.
      const next = link ? new URL(link, this.http.baseUrl + "/").toString() : undefined;
      // The next link already carries every query parameter.
      spec = next ? { method: "GET", path: next, orgId: first.orgId } : undefined;
    }
    return items;
  }
}

function idOf(data: { id?: string } | undefined): string {
  if (!data?.id) throw new Error("the Webex API answered a create without an id");
  return data.id;
}

async function orUndefinedOn404<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}
