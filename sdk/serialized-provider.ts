// The providers that Pulumi serializes into every resource's state. They are deliberately thin: each
// method requires the implementation by package name when it runs, so the state holds a few lines
// that do not change from one release to the next, no project code, and no credentials (those are
// read by `configure` inside the provider process).
import type * as dynamic from "@pulumi/pulumi/dynamic";

export const operatingModeProvider: dynamic.ResourceProvider = {
  async configure(req) {
    require("pulumi-webex-operating-modes/provider").configure(req.config);
  },
  async check(olds, news) {
    return require("pulumi-webex-operating-modes/provider").operatingMode.check(olds, news);
  },
  async diff(id, olds, news) {
    return require("pulumi-webex-operating-modes/provider").operatingMode.diff(id, olds, news);
  },
  async create(inputs) {
    return require("pulumi-webex-operating-modes/provider").operatingMode.create(inputs);
  },
  async read(id, props) {
    return require("pulumi-webex-operating-modes/provider").operatingMode.read(id, props);
  },
  async update(id, olds, news) {
    return require("pulumi-webex-operating-modes/provider").operatingMode.update(id, olds, news);
  },
  async delete(id, props) {
    return require("pulumi-webex-operating-modes/provider").operatingMode.delete(id, props);
  },
};

export const operatingModeHolidayProvider: dynamic.ResourceProvider = {
  async configure(req) {
    require("pulumi-webex-operating-modes/provider").configure(req.config);
  },
  async check(olds, news) {
    return require("pulumi-webex-operating-modes/provider").operatingModeHoliday.check(olds, news);
  },
  async diff(id, olds, news) {
    return require("pulumi-webex-operating-modes/provider").operatingModeHoliday.diff(id, olds, news);
  },
  async create(inputs) {
    return require("pulumi-webex-operating-modes/provider").operatingModeHoliday.create(inputs);
  },
  async read(id, props) {
    return require("pulumi-webex-operating-modes/provider").operatingModeHoliday.read(id, props);
  },
  async update(id, olds, news) {
    return require("pulumi-webex-operating-modes/provider").operatingModeHoliday.update(id, olds, news);
  },
  async delete(id, props) {
    return require("pulumi-webex-operating-modes/provider").operatingModeHoliday.delete(id, props);
  },
};
