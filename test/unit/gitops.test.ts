// The GitOps loader: YAML desired-state files to declarations, or every problem of every file as
// file:line: field: what to change.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv from "ajv";
import * as pulumi from "@pulumi/pulumi";
import gitopsSchema from "../../schemas/gitops.schema.json";
import modeSchema from "../../schemas/operating-mode.schema.json";
import {
  DesiredStateError,
  SourceFile,
  checkDesiredState,
  formatProblem,
  loadDesiredState,
  parseDesiredState,
  pathSegments,
  slugOf,
} from "../../sdk/gitops";

const EXAMPLE = path.resolve(__dirname, "../../examples/gitops/desired-state");

/** Problems as the user reads them. */
function problemsOf(...sources: SourceFile[]): string[] {
  return checkDesiredState(sources).problems.map(formatProblem);
}

const file = (p: string, ...lines: string[]): SourceFile => ({ path: p, text: lines.join("\n") + "\n" });

const berlin = file(
  "locations/berlin.yaml",
  "# yaml-language-server: $schema=../../schemas/gitops.schema.json",
  "location: Berlin Office",
  "modes:",
  "  - name: Berlin Business Hours",
  "    type: SAME_HOURS_DAILY",
  "    sameHoursDaily:",
  '      mondayToFriday: {enabled: true, startTime: "08:00", endTime: "17:00"}',
  "      saturdayToSunday: {enabled: false}",
  '    callForwarding: {enabled: true, destination: "+49305550100"}',
  "    retainOnDelete: true",
);

const organization = file(
  "organization.yaml",
  "orgId: Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8x",
  "modes:",
  "  - name: Public Holidays",
  "    key: holidays",
  "    type: HOLIDAY",
  "    adopt: {id: Y2lzY29zcGFyazovL3VzL09QRVJBVElOR19NT0RFLzE}",
  "    holidays:",
  "      - {name: Christmas, startDate: 2026-12-25, recurrence: {recurYearlyByDate: {dayOfMonth: 25, month: DECEMBER}}}",
);

describe("declarations", () => {
  test("a location file gives LOCATION modes there, known by name, with their options", () => {
    const state = parseDesiredState([berlin]);
    expect(state.files).toEqual(["locations/berlin.yaml"]);
    expect(state.modes).toEqual([
      {
        key: "berlin-business-hours",
        file: "locations/berlin.yaml",
        line: 4,
        locationName: "Berlin Office",
        args: {
          name: "Berlin Business Hours",
          type: "SAME_HOURS_DAILY",
          level: "LOCATION",
          sameHoursDaily: {
            mondayToFriday: { enabled: true, startTime: "08:00", endTime: "17:00" },
            saturdayToSunday: { enabled: false },
          },
          callForwarding: { enabled: true, destination: "+49305550100" },
        },
        options: { retainOnDelete: true },
      },
    ]);
  });

  test("a file without a location gives ORGANIZATION modes; key, orgId and adopt are kept; unquoted dates are strings", () => {
    const [mode] = parseDesiredState([organization]).modes;
    expect(mode.key).toBe("holidays");
    expect(mode.locationName).toBeUndefined();
    expect(mode.args).toMatchObject({
      level: "ORGANIZATION",
      orgId: "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8x",
      adopt: { id: "Y2lzY29zcGFyazovL3VzL09QRVJBVElOR19NT0RFLzE" },
      holidays: [{ name: "Christmas", startDate: "2026-12-25" }],
    });
    expect(mode.args.locationId).toBeUndefined();
    expect(mode.options).toEqual({});
  });

  test("locationId: gives the id to the modes, without a lookup", () => {
    const [mode] = parseDesiredState([file("x.yaml", "locationId: LOC1", "modes:", "  - {name: Closed, type: NONE}")]).modes;
    expect(mode).toMatchObject({ locationId: "LOC1", args: { level: "LOCATION", locationId: "LOC1" } });
    expect(mode.locationName).toBeUndefined();
  });

  test("an empty modes list is allowed", () => {
    expect(parseDesiredState([file("empty.yaml", "modes: []")]).modes).toEqual([]);
  });

  test.each([
    ["Berlin Business Hours", "berlin-business-hours"],
    ["  After-Hours (Weekend)  ", "after-hours-weekend"],
    ["Zürich Öffnungszeiten", "zurich-offnungszeiten"],
    ["US_Holidays 2026", "us-holidays-2026"],
  ])("the default key of %j is %j", (name, key) => {
    expect(slugOf(name)).toBe(key);
  });

  test("pathSegments reads validate.ts paths", () => {
    expect(pathSegments("modes[0].holidays[12].startDate")).toEqual(["modes", 0, "holidays", 12, "startDate"]);
    expect(pathSegments("")).toEqual([]);
  });
});

describe("problems: file, line of the field, field, what to change", () => {
  test("a rule of validate.ts points at the exact line of the field", () => {
    const broken = { ...berlin, text: berlin.text.replace('endTime: "17:00"', 'endTime: "08:00"') };
    expect(problemsOf(broken)).toEqual([
      expect.stringMatching(/^locations\/berlin\.yaml:7: modes\[0\]\.sameHoursDaily\.mondayToFriday\.endTime: equals startTime \(08:00\).*use allDayEnabled: true or a later endTime$/),
    ]);
  });

  test("a schema rule of a mode field is reported once, by validate.ts, with the schema's words", () => {
    const broken = { ...berlin, text: berlin.text.replace('endTime: "17:00"', 'endTime: "17:0"') };
    expect(problemsOf(broken)).toEqual(["locations/berlin.yaml:7: modes[0].sameHoursDaily.mondayToFriday.endTime: must be 24-hour HH:MM; use 23:59 for the end of the day."]);
  });

  test("a holiday's date that does not exist names the holiday by index and its line", () => {
    const text = [
      "modes:",
      "  - name: Holidays",
      "    type: HOLIDAY",
      "    holidays:",
      "      - name: New Year",
      "        startDate: 2027-01-01",
      "      - name: Leap",
      "        startDate: 2026-02-29",
    ];
    expect(problemsOf(file("calendars/us.yaml", ...text))).toEqual([
      "calendars/us.yaml:8: modes[0].holidays[1].startDate: 2026-02-29 is not a date that exists; use YYYY-MM-DD",
    ]);
  });

  test("a number YAML reads as a number is told to be quoted", () => {
    const broken = { ...berlin, text: berlin.text.replace('destination: "+49305550100"', "destination: +49305550100") };
    expect(problemsOf(broken)).toEqual([
      'locations/berlin.yaml:9: modes[0].callForwarding.destination: must be a string; YAML reads +49305550100 as a number: put it in quotes ("+49305550100")',
    ]);
  });

  test("a missing field points at its mode; a misplaced file field says where it belongs", () => {
    const problems = problemsOf(file("organization.yaml", "modes:", "  - type: NONE", "    level: LOCATION"));
    expect(problems).toEqual([
      "organization.yaml:2: modes[0].name: is required",
      expect.stringMatching(/^organization\.yaml:3: modes\[0\]\.level: is not a field of a mode here: the level comes from the file/),
    ]);
  });

  test("file-level problems: unknown field, location and locationId together, modes missing", () => {
    expect(problemsOf(file("a.yaml", "location: Berlin Office", "locationId: LOC1", "mode: []"))).toEqual([
      "a.yaml:1: modes: is required: list the operating modes of this file (modes: [] for none)",
      "a.yaml:2: locationId: and location are both set; give the location by name or by id, not both",
      expect.stringMatching(/^a\.yaml:3: mode: is not a known field; remove it \(known fields: location, locationId, orgId, modes\)$/),
    ]);
  });

  test("an empty file, or one that is not a map, says what it must be", () => {
    expect(problemsOf(file("empty.yaml", "# nothing yet"))).toEqual(["empty.yaml:1: must be an object"]);
    expect(problemsOf(file("list.yaml", "- name: x"))).toEqual(["list.yaml:1: must be an object"]);
  });

  test("YAML syntax errors and repeated keys give the line; the rest of the file is not guessed at", () => {
    expect(problemsOf(file("bad.yaml", "modes:", "  - name: A", "    name: B", "    type: NONE"))).toEqual([
      expect.stringMatching(/^bad\.yaml:3: is not valid YAML: Map keys must be unique/),
    ]);
    expect(problemsOf(file("bad.yaml", "modes: [", "x: 1"))).toEqual([expect.stringMatching(/^bad\.yaml:2: is not valid YAML: /)]);
  });

  test("a key that is not a Pulumi-friendly name", () => {
    expect(problemsOf(file("a.yaml", "modes:", "  - {name: A, key: 'a b', type: NONE}"))).toEqual([
      expect.stringMatching(/^a\.yaml:2: modes\[0\]\.key: must be letters, digits/),
    ]);
  });

  test("every problem of every file is collected, sorted by file and line", () => {
    const problems = problemsOf(
      file("z.yaml", "modes:", "  - {name: Z, type: NOPE}"),
      file("a.yaml", "modes:", "  - {name: A, type: SAME_HOURS_DAILY}", "  - {name: B, type: NONE, holidays: []}"),
    );
    expect(problems).toEqual([
      "a.yaml:2: modes[0].sameHoursDaily: is required when type is SAME_HOURS_DAILY",
      expect.stringMatching(/^a\.yaml:3: modes\[1\]\.holidays: does not belong to a mode of type NONE/),
      "z.yaml:2: modes[0].type: must be one of SAME_HOURS_DAILY, DIFFERENT_HOURS_DAILY, HOLIDAY, NONE",
    ]);
  });

  test("parseDesiredState throws a RunError (no stack trace in Pulumi) carrying every problem", () => {
    let error: unknown;
    try {
      parseDesiredState([file("a.yaml", "modes:", "  - {name: A, type: NOPE}", "  - {type: NONE}")]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DesiredStateError);
    expect(pulumi.RunError.isInstance(error)).toBe(true);
    const e = error as DesiredStateError;
    expect(e.problems).toHaveLength(2);
    expect(e.message).toBe(
      "2 problems in the desired state (nothing was changed):\n" +
        "  a.yaml:2: modes[0].type: must be one of SAME_HOURS_DAILY, DIFFERENT_HOURS_DAILY, HOLIDAY, NONE\n" +
        "  a.yaml:3: modes[1].name: is required",
    );
  });
});

describe("checks across files", () => {
  test("a key used twice, given or made from the name, names both places", () => {
    const problems = problemsOf(
      file("organization.yaml", "modes:", "  - {name: Business Hours, type: NONE}"),
      file("locations/denver.yaml", "location: Denver", "modes:", "  - {name: Business Hours, type: NONE}", "  - {name: Other, key: business-hours, type: NONE}"),
    );
    expect(problems).toEqual([
      'locations/denver.yaml:3: modes[0].name: gives the key "business-hours" (a slug of the name), which is also the key of organization.yaml:2 (modes[0]); keys name the Pulumi resources and must be unique across all files: set a different key: on one of them',
      expect.stringMatching(/^locations\/denver\.yaml:4: modes\[1\]\.key: "business-hours" is also the key of organization\.yaml:2 \(modes\[0\]\)/),
    ]);
  });

  test("names are unique within a level and location, across files and case", () => {
    const problems = problemsOf(
      file("berlin-hours.yaml", "location: Berlin Office", "modes:", "  - {name: Closed, key: a, type: NONE}"),
      file("berlin-more.yaml", "location: berlin office", "modes:", "  - {name: CLOSED, key: b, type: NONE}"),
      file("denver.yaml", "location: Denver", "modes:", "  - {name: Closed, key: c, type: NONE}"),
      file("organization.yaml", "modes:", "  - {name: Closed, key: d, type: NONE}"),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^berlin-more\.yaml:3: modes\[0\]\.name: "CLOSED" is also the name of berlin-hours\.yaml:3 \(modes\[0\]\) in berlin office; .*rename one$/),
    ]);
  });

  test("one mode adopted by two declarations", () => {
    const problems = problemsOf(file("a.yaml", "modes:", "  - {name: A, type: NONE, adopt: {id: M1}}", "  - {name: B, type: NONE, adopt: {id: M1}}"));
    expect(problems).toEqual([expect.stringMatching(/^a\.yaml:3: modes\[1\]\.adopt\.id: M1 is also adopted by a\.yaml:2 \(modes\[0\]\)/)]);
  });

  test("more than 100 modes in one scope", () => {
    const lines = Array.from({ length: 101 }, (_, i) => `  - {name: Mode ${i}, type: NONE}`);
    expect(problemsOf(file("a.yaml", "modes:", ...lines))).toEqual([
      expect.stringMatching(/^a\.yaml:102: modes\[100\]: is mode number 101 at the organisation level; Webex allows at most 100/),
    ]);
  });
});

describe("reading folders", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "gitops-unit-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };

  test("*.yaml and *.yml under the folder, recursively and sorted; other files and dot-folders ignored", () => {
    write("organization.yaml", "modes: [{name: O, type: NONE}]\n");
    write("locations/berlin.yml", "location: Berlin Office\nmodes: [{name: B, type: NONE}]\n");
    write("locations/aachen.yaml", "location: Aachen\nmodes: [{name: A, type: NONE}]\n");
    write("README.md", "not yaml");
    write(".github/workflows/ci.yaml", "on: push\n");
    const state = loadDesiredState(dir);
    expect(state.files).toEqual(["locations/aachen.yaml", "locations/berlin.yml", "organization.yaml"]);
    expect(state.modes.map((m) => m.key)).toEqual(["a", "b", "o"]);
  });

  test("problems name the file relative to the folder", () => {
    write("locations/berlin.yaml", "location: Berlin Office\nmodes:\n  - {name: B, type: NOPE}\n");
    expect(() => loadDesiredState(dir)).toThrow(/\n {2}locations\/berlin\.yaml:3: modes\[0\]\.type: must be one of/);
  });

  test("a folder without YAML files, or a path that does not exist, is an error, not an empty desired state", () => {
    expect(() => loadDesiredState(dir)).toThrow(/holds no \*\.yaml or \*\.yml file/);
    expect(() => loadDesiredState(path.join(dir, "nope"))).toThrow(/nope: does not exist/);
  });

  test("files can be given one by one", () => {
    write("one.yaml", "modes: [{name: One, type: NONE}]\n");
    expect(loadDesiredState([path.join(dir, "one.yaml")]).files).toEqual([path.join(dir, "one.yaml")]);
  });
});

describe("the example and the schema", () => {
  test("the desired state of examples/gitops loads without problems", () => {
    const state = loadDesiredState(EXAMPLE);
    expect(state.files).toEqual([
      "calendars/us-public-holidays.yaml",
      "locations/berlin.yaml",
      "locations/denver.yaml",
      "locations/sydney.yaml",
      "organization.yaml",
    ]);
    expect(state.modes.map((m) => [m.key, m.args.level, m.locationName])).toEqual([
      ["us-public-holidays", "ORGANIZATION", undefined],
      ["berlin-business-hours", "LOCATION", "Berlin Office"],
      ["berlin-holidays", "LOCATION", "Berlin Office"],
      ["denver-support-hours", "LOCATION", "Denver Support Center"],
      ["sydney-business-hours", "LOCATION", "Sydney Office"],
      ["sydney-holidays", "LOCATION", "Sydney Office"],
      ["business-hours", "ORGANIZATION", undefined],
      ["after-hours", "ORGANIZATION", undefined],
    ]);
  });

  test("every example file names the schema for editors, by a path that exists", () => {
    for (const rel of loadDesiredState(EXAMPLE).files) {
      const first = fs.readFileSync(path.join(EXAMPLE, rel), "utf8").split("\n")[0];
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m).not.toBeNull();
      expect(fs.existsSync(path.resolve(EXAMPLE, path.dirname(rel), m![1]))).toBe(true);
    }
  });

  test("the schema compiles strictly and reuses the mode schema's rules by $ref instead of copying them", () => {
    // strictRequired off: "location excludes locationId" names a property defined beside it.
    const ajv = new Ajv({ strict: true, strictRequired: false, allErrors: true });
    ajv.addSchema(modeSchema);
    expect(() => ajv.compile(gitopsSchema)).not.toThrow();
    const mode = gitopsSchema.definitions.mode.properties as Record<string, { $ref?: string }>;
    for (const field of ["name", "type", "sameHoursDaily", "differentHoursDaily", "holidays", "callForwarding", "adopt"])
      expect(mode[field].$ref).toBe(`operating-mode.schema.json#/properties/${field}`);
    expect(JSON.stringify(gitopsSchema)).not.toMatch(/HH:MM|\[0-5\]|maxItems/);
  });
});
