// The providers that Pulumi serializes into every resource's state. They are deliberately thin: each
// method requires the implementation by package name when it runs, so the state holds a few lines
// that do not change from one release to the next, no project code, and no credentials (those are
// read by `configure` inside the provider process).
import type * as dynamic from "@pulumi/pulumi/dynamic";

type Kind = "operatingMode" | "operatingModeHoliday";

function thinProvider(kind: Kind): dynamic.ResourceProvider {
  const implementation = () => require("pulumi-webex-operating-modes/provider");
  return {
    configure: async (req) => implementation().configure(req.config),
    check: (olds, news) => implementation()[kind].check(olds, news),
    diff: (id, olds, news) => implementation()[kind].diff(id, olds, news),
    create: (inputs) => implementation()[kind].create(inputs),
    read: (id, props) => implementation()[kind].read(id, props),
    update: (id, olds, news) => implementation()[kind].update(id, olds, news),
    delete: (id, props) => implementation()[kind].delete(id, props),
  };
}

export const operatingModeProvider = thinProvider("operatingMode");
export const operatingModeHolidayProvider = thinProvider("operatingModeHoliday");
