// What Pulumi writes into every resource's state: the serialized provider. It must stay small, hold
// no project code and no credentials, and still work once deserialized in another process.
import { serializeFunction } from "@pulumi/pulumi/runtime/closure/serializeClosure";
import { operatingModeHolidayProvider, operatingModeProvider } from "../../sdk/serialized-provider";

const requireFromString = require("require-from-string");

describe.each([
  ["OperatingMode", operatingModeProvider],
  ["OperatingModeHoliday", operatingModeHolidayProvider],
])("the serialized %s provider", (_name, provider) => {
  const secret = "token-that-must-not-be-captured-123";
  let text: string;

  beforeAll(async () => {
    process.env.WEBEX_TOKEN = secret;
    text = (await serializeFunction(() => provider, { allowSecrets: true })).text;
    delete process.env.WEBEX_TOKEN;
  });

  test("is a few kilobytes and captures no implementation or credentials", () => {
    expect(text.length).toBeLessThan(4000);
    expect(text).not.toContain(secret);
    for (const implementationDetail of ["WebexClient", "axios", "ajv", "normalize", "Bottleneck"]) expect(text).not.toContain(implementationDetail);
    expect(text).toContain('require("pulumi-webex-operating-modes/provider")');
  });

  test("runs once deserialized: check reaches the real validation", async () => {
    const deserialized = requireFromString(text).handler();
    const result = await deserialized.check({}, { name: "", type: "SAME_HOURS_DAILY" });
    expect(result.failures.map((f: { property: string }) => f.property)).toEqual(expect.arrayContaining(["name"]));
  });
});
