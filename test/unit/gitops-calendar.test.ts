// `holidayCalendar:` in a desired-state file: generated holidays, checked like written ones.
import { checkDesiredState } from "../../sdk/gitops";

function check(modeYaml: string) {
  return checkDesiredState([{ path: "calendars/x.yaml", text: `modes:\n${modeYaml}` }]);
}

test("a calendar expands into holidays after those written out", () => {
  const { state, problems } = check(
    [
      "  - name: Berlin Holidays",
      "    type: HOLIDAY",
      "    holidays:",
      '      - { name: Company Day, startDate: "2027-06-01" }',
      "    holidayCalendar: { country: DE, region: BE, years: [2027] }",
    ].join("\n"),
  );
  expect(problems).toEqual([]);
  const names = state.modes[0].args.holidays!.map((h) => h.name);
  expect(names[0]).toBe("Company Day");
  expect(names).toEqual(expect.arrayContaining(["Good Friday 2027", "International Women's Day", "Christmas Day"]));
});

test("a calendar that cannot be made is a problem at its line, saying why", () => {
  const { problems } = check(["  - name: Nowhere", "    type: HOLIDAY", "    holidayCalendar: { country: XX, years: [2027] }"].join("\n"));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: "calendars/x.yaml", line: 4, path: "modes[0].holidayCalendar" });
  expect(problems[0].reason).toMatch(/XX/);
});

test("a calendar on a mode that is not HOLIDAY is refused like written holidays", () => {
  const { problems } = check(["  - name: Hours", "    type: NONE", "    holidayCalendar: { country: DE, years: [2027] }"].join("\n"));
  expect(problems.map((p) => p.path)).toEqual(["modes[0].holidays"]);
  expect(problems[0].reason).toMatch(/does not belong to a mode of type NONE/);
});

test("too many generated holidays is a problem, never a silent cut", () => {
  const { problems } = check(["  - name: Decades", "    type: HOLIDAY", "    holidayCalendar: { country: DE, years: { from: 2027, to: 2070 } }"].join("\n"));
  expect(problems.map((p) => p.path)).toEqual(["modes[0].holidayCalendar"]);
  expect(problems[0].reason).toMatch(/150/);
});
