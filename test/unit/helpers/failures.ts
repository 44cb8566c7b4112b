import type { Failure } from "../../../provider/validate";

/** Exactly one failure, at this property, whose reason matches every pattern. */
export function expectOnlyFailure(failures: Failure[], property: string, ...reasons: RegExp[]): void {
  expect(failures).toEqual([{ property, reason: expect.any(String) }]);
  for (const reason of reasons) expect(failures[0].reason).toMatch(reason);
}

/** The failing properties, sorted, for asserting that every failure is reported at once. */
export function propertiesOf(failures: Failure[]): string[] {
  return failures.map((f) => f.property).sort();
}
