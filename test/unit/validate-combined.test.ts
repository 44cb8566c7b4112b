// A malformed value must not hide the problems elsewhere, and must not drag in noise about itself.
import { validateHoliday, validateOperatingMode } from "../../provider/validate";
import { withNestedValues } from "../../provider/resource-errors";

test("a bad time does not hide an impossible date or missing destination elsewhere", () => {
  const failures = validateOperatingMode({
    name: "Holidays",
    type: "HOLIDAY",
    level: "ORGANIZATION",
    holidays: [
      { name: "Leap", startDate: "2027-02-29" },
      { name: "Half day", startDate: "2027-01-02", startTime: "08:00", endTime: "24:00" },
    ],
    callForwarding: { enabled: true },
  });
  expect(failures.map((f) => f.property).sort()).toEqual(["callForwarding.destination", "holidays[0].startDate", "holidays[1].endTime"]);
});

test("rules about the object holding a malformed value are left out (one complaint per object)", () => {
  const failures = validateHoliday({ operatingModeId: "m", name: "X", startDate: "2027-01-02", startTime: "9am", endTime: "08:00" });
  expect(failures).toHaveLength(1);
  expect(failures[0].property).toBe("startTime");
});

test("a wrong type does not add complaints about the schedules that depend on it", () => {
  const failures = validateOperatingMode({ name: "X", type: "WEEKLY", level: "ORGANIZATION", sameHoursDaily: {} });
  expect(failures.map((f) => f.property)).toEqual(["type"]);
});

test("nested failures carry their value in the reason, for the engine cannot print it", () => {
  const inputs = { name: "X", holidays: [{ endTime: "24:00" }] };
  const out = withNestedValues(
    [
      { property: "holidays[0].endTime", reason: "must be HH:MM" },
      { property: "name", reason: "is taken" },
      { property: "holidays[0].startTime", reason: "is required" },
    ],
    inputs,
  );
  expect(out.map((f) => f.reason)).toEqual(['"24:00": must be HH:MM', "is taken", "is required"]);
});
