// The writer behind `webex-opmodes export`: live modes to desired-state files (and a program) that
// load without problems and that the provider adopts without a single change.
import fc from "fast-check";
import { renderProgram, tsLiteral } from "../../cli/export";
import { diffOperatingMode } from "../../provider/diff";
import { modeCreateBody, modeOutputsFromApi } from "../../provider/normalize";
import { normalizeModeInputs, updateBody } from "../../provider/operating-mode";
import type { ApiOperatingMode, OperatingModeInputs } from "../../provider/types";
import { validateOperatingMode } from "../../provider/validate";
import { checkDesiredState, formatProblem, modeEntry, planExport, renderDesiredState } from "../../sdk/gitops";
import { apiEcho } from "./helpers/api-echo";
import { modeInputs } from "./helpers/arbitraries";
import { LOCATION_ID, OTHER_LOCATION_ID, webexId } from "./helpers/fixtures";

const BERLIN = { id: LOCATION_ID, name: "Berlin Office" };
const DENVER = { id: OTHER_LOCATION_ID, name: "Denver Support Center" };
const modeId = (n: number) => webexId("OPERATING_MODE", `0b6f3a10-2222-4c7b-8e1d-00000000000${n}`);

function live(n: number, fields: Partial<ApiOperatingMode> & Pick<ApiOperatingMode, "name" | "type">): ApiOperatingMode {
  return { id: modeId(n), level: fields.location ? "LOCATION" : "ORGANIZATION", callForwarding: { enabled: false }, ...fields };
}

const render = (modes: ApiOperatingMode[], locations = [BERLIN, DENVER], orgId?: string) =>
  renderDesiredState(planExport(modes, locations), { orgId, schemaPath: () => "../schemas/gitops.schema.json" });

describe("files and keys", () => {
  test("organization.yaml for the organisation level, one file per location, modes sorted by name", () => {
    const plan = planExport(
      [
        live(1, { name: "Zeta", type: "NONE" }),
        live(2, { name: "Berlin Hours", type: "NONE", location: BERLIN }),
        live(3, { name: "Alpha", type: "NONE" }),
        live(4, { name: "Denver Hours", type: "NONE", location: DENVER }),
      ],
      [BERLIN, DENVER],
    );
    expect(plan.map((f) => [f.path, f.location, f.modes.map((m) => m.key)])).toEqual([
      ["locations/berlin-office.yaml", { location: "Berlin Office" }, ["berlin-hours"]],
      ["locations/denver-support-center.yaml", { location: "Denver Support Center" }, ["denver-hours"]],
      ["organization.yaml", undefined, ["alpha", "zeta"]],
    ]);
  });

  test("a name used at several levels: the organisation keeps the plain key, locations get theirs prefixed", () => {
    const plan = planExport(
      [
        live(1, { name: "Business Hours", type: "NONE", location: BERLIN }),
        live(2, { name: "Business Hours", type: "NONE" }),
        live(3, { name: "Business Hours", type: "NONE", location: DENVER }),
        live(4, { name: "!!!", type: "NONE" }),
        live(5, { name: "???", type: "NONE" }),
      ],
      [BERLIN, DENVER],
    );
    const keys = Object.fromEntries(plan.flatMap((f) => f.modes.map((m) => [m.mode.id, m.key])));
    expect(keys).toEqual({
      [modeId(1)]: "berlin-office-business-hours",
      [modeId(2)]: "business-hours",
      [modeId(3)]: "denver-support-center-business-hours",
      [modeId(4)]: "mode",
      [modeId(5)]: "mode-2",
    });
  });

  test("a location whose name is not unique is given by id, its name in the header", () => {
    const twin = { id: webexId("LOCATION", "8c1f6c52-1111-4a3e-9d2f-000000000003"), name: "berlin office" };
    const [file] = render([live(1, { name: "Hours", type: "NONE", location: BERLIN })], [BERLIN, twin]);
    expect(file.path).toBe("locations/berlin-office.yaml");
    expect(file.text).toContain(`\nlocationId: ${LOCATION_ID}\n`);
    expect(file.text).toContain("(Berlin Office: its name is not unique)");
    expect(file.text).not.toMatch(/^location:/m);
  });
});

describe("mode entries: the live values in canonical form, defaults left out, adopted by id", () => {
  test("days: disabled (stale times dropped), all day, open; Monday first", () => {
    const entry = modeEntry(
      live(1, {
        name: "Support",
        type: "DIFFERENT_HOURS_DAILY",
        differentHoursDaily: {
          sunday: { enabled: false, allDayEnabled: false, startTime: "00:00", endTime: "01:00" },
          monday: { enabled: true, allDayEnabled: false, startTime: "07:00", endTime: "20:00" },
          saturday: { enabled: true, allDayEnabled: true },
        },
      }),
      "support",
    );
    expect(entry).toEqual({
      name: "Support",
      key: "support",
      type: "DIFFERENT_HOURS_DAILY",
      differentHoursDaily: {
        monday: { enabled: true, startTime: "07:00", endTime: "20:00" },
        tuesday: { enabled: false },
        wednesday: { enabled: false },
        thursday: { enabled: false },
        friday: { enabled: false },
        saturday: { enabled: true, allDayEnabled: true },
        sunday: { enabled: false },
      },
      adopt: { id: modeId(1) },
    });
    expect(Object.keys(entry.differentHoursDaily as object)[0]).toBe("monday");
  });

  test("holidays: sorted by date, a timed one not all-day whatever the API says, endDate only when it differs", () => {
    const entry = modeEntry(
      live(1, {
        name: "Holidays",
        type: "HOLIDAY",
        callForwarding: { enabled: true, destination: "2000" },
        holidays: [
          { id: "h1", name: "Xmas", allDayEnabled: true, startDate: "2026-12-25", endDate: "2026-12-26", recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } } },
          { id: "h2", name: "Eve", allDayEnabled: true, startDate: "2026-12-24", endDate: "2026-12-24", startTime: "12:00", endTime: "23:59" },
        ],
      }),
      "holidays",
    );
    expect(entry.holidays).toEqual([
      { name: "Eve", startDate: "2026-12-24", startTime: "12:00", endTime: "23:59" },
      { name: "Xmas", startDate: "2026-12-25", endDate: "2026-12-26", recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: "DECEMBER" } } },
    ]);
    expect(entry.callForwarding).toEqual({ enabled: true, destination: "2000", destinationVoicemailEnabled: false });
  });

  test("forwarding that is off is left out, whatever destination is stored behind it; an empty holiday list is kept", () => {
    const entry = modeEntry(live(1, { name: "H", type: "HOLIDAY", callForwarding: { enabled: false, destination: "+14085550000" } }), "h");
    expect(entry.callForwarding).toBeUndefined();
    expect(entry.holidays).toEqual([]);
  });
});

describe("the YAML text", () => {
  test("a file as a person would write it: modeline, header, short values on one line, times and dates quoted", () => {
    const [file] = render(
      [
        live(1, {
          name: "Berlin Hours",
          type: "SAME_HOURS_DAILY",
          location: BERLIN,
          sameHoursDaily: { mondayToFriday: { enabled: true, startTime: "08:00", endTime: "17:00" }, saturdayToSunday: { enabled: false } },
          callForwarding: { enabled: true, destination: "+49305550100", destinationVoicemailEnabled: true },
        }),
        live(2, {
          name: "Berlin Holidays",
          type: "HOLIDAY",
          location: BERLIN,
          holidays: [{ id: "h", name: "Neujahr", allDayEnabled: true, startDate: "2027-01-01", endDate: "2027-01-01", recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: "JANUARY" } } }],
        }),
      ],
      [BERLIN],
      "ORG1",
    );
    expect(file.text).toBe(
      [
        "# yaml-language-server: $schema=../schemas/gitops.schema.json",
        "# Exported from Webex by `webex-opmodes export`. Every mode adopts the live one by id: the",
        "# first `pulumi up` takes it over without changing it. Edit, review and merge to change Webex.",
        "",
        "location: Berlin Office",
        "orgId: ORG1",
        "modes:",
        "  - name: Berlin Holidays",
        "    key: berlin-holidays",
        "    type: HOLIDAY",
        "    holidays:",
        "      - name: Neujahr",
        '        startDate: "2027-01-01"',
        "        recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: JANUARY } }",
        `    adopt: { id: ${modeId(2)} }`,
        "",
        "  - name: Berlin Hours",
        "    key: berlin-hours",
        "    type: SAME_HOURS_DAILY",
        "    sameHoursDaily:",
        '      mondayToFriday: { enabled: true, startTime: "08:00", endTime: "17:00" }',
        "      saturdayToSunday: { enabled: false }",
        '    callForwarding: { enabled: true, destination: "+49305550100", destinationVoicemailEnabled: true }',
        `    adopt: { id: ${modeId(1)} }`,
        "",
      ].join("\n"),
    );
  });
});

describe("round trip: what export writes, the loader reads back and the provider adopts without a change", () => {
  test("any valid live mode, with the service's quirks in its answer", () => {
    fc.assert(
      fc.property(fc.array(modeInputs, { minLength: 1, maxLength: 6 }), (declared) => {
        // Names are unique within a level and location in Webex.
        const seen = new Set<string>();
        const livemodes = declared
          .filter((m) => (seen.has(`${m.level}|${m.name.trim().toLowerCase()}`) ? false : (seen.add(`${m.level}|${m.name.trim().toLowerCase()}`), true)))
          .map((m, i) => apiEcho(modeId(i), modeCreateBody(m as OperatingModeInputs)));
        const files = render(livemodes);
        const { state, problems } = checkDesiredState(files);
        expect(problems.map(formatProblem)).toEqual([]);
        expect(state.modes).toHaveLength(livemodes.length);
        for (const d of state.modes) {
          const mode = livemodes.find((m) => m.id === d.args.adopt?.id)!;
          // declareModes resolves the location's name to its id.
          const args = { ...d.args, ...(d.locationName ? { locationId: mode.location!.id } : {}) };
          expect(validateOperatingMode(args as unknown as Record<string, unknown>)).toEqual([]);
          const inputs = normalizeModeInputs(args);
          const current = modeOutputsFromApi(mode, inputs);
          expect(updateBody(current, inputs)).toEqual({}); // adoption converges without a PUT
          expect(diffOperatingMode(current, inputs).changes).toBe(false); // and the next preview is clean
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the TypeScript program", () => {
  test("tsLiteral reads back as the same value, on one line when short", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(new Function(`return ${tsLiteral(value)};`)()).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
    expect(tsLiteral({ enabled: true, "start-time": "08:00", list: [1, 2] })).toBe('{ enabled: true, "start-time": "08:00", list: [1, 2] }');
  });

  test("declares the same resources as the YAML: same keys, explicit level and location id, adopt ids", () => {
    const modes = [
      live(1, { name: "Berlin Hours", type: "NONE", location: BERLIN, callForwarding: { enabled: true, destination: "+49305550100" } }),
      live(2, { name: "Business Hours", type: "SAME_HOURS_DAILY", sameHoursDaily: { mondayToFriday: { enabled: true, allDayEnabled: true } } }),
    ];
    const program = renderProgram(planExport(modes, [BERLIN]), "ORG1");
    expect(program).toContain('import { OperatingMode } from "pulumi-webex-operating-modes";');
    expect(program).toContain(
      [
        "// Berlin Office: LOCATION level",
        'new OperatingMode("berlin-hours", {',
        '  name: "Berlin Hours",',
        '  type: "NONE",',
        '  level: "LOCATION",',
        `  locationId: "${LOCATION_ID}",`,
        '  orgId: "ORG1",',
        '  callForwarding: { enabled: true, destination: "+49305550100", destinationVoicemailEnabled: false },',
        "  adopt: {",
        `    id: "${modeId(1)}",`,
        "  },",
        "});",
      ].join("\n"),
    );
    expect(program).toMatch(/\/\/ Organisation level\nnew OperatingMode\("business-hours", \{\n {2}name: "Business Hours",\n {2}type: "SAME_HOURS_DAILY",\n {2}level: "ORGANIZATION",\n {2}orgId: "ORG1",/);
  });
});
