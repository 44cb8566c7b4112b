// GitOps: operating modes declared in YAML files (one per location or per calendar) that are
// reviewed in pull requests. Format: docs/gitops.md; schema: schemas/gitops.schema.json.
//
// Loading is pure (file texts in, declarations or every problem out) so that it is unit-tested
// without Pulumi; `declareModes` is the thin part that creates resources. A broken file must fail
// the program before any resource is declared, hence before any API call. The writer used by
// `webex-opmodes export` lives here too, so that the format is read and written in one place.
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import Ajv, { ErrorObject } from "ajv";
import { Document, LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, visit } from "yaml";
import gitopsSchema from "../schemas/gitops.schema.json";
import modeSchema from "../schemas/operating-mode.schema.json";
import { dropUndefined, normalizeDay, normalizeForwarding, normalizeHoliday } from "../provider/normalize";
import type { ApiOperatingMode, DaySchedule, HolidayFields, Location, ModeLevel, OperatingModeInputs } from "../provider/types";
import { pointerToPath, validateOperatingMode } from "../provider/validate";
import { CallOptions, getLocationOutput } from "./functions";
import { holidayCalendar, HolidayCalendarOptions } from "./calendars";
import { OperatingMode } from "./operating-mode";

/** One operating mode of the desired state, ready to become an OperatingMode resource. */
export interface ModeDeclaration {
  /** The Pulumi resource name: the mode's `key`, or a slug of its name. */
  key: string;
  /** The file that declares it, as shown in messages. */
  file: string;
  /** The line where its entry starts. */
  line: number;
  /** The file's `location:`, resolved to an id when the program runs. */
  locationName?: string;
  /** The file's `locationId:`. */
  locationId?: string;
  /** The resource's inputs; `locationId` only when the file gives the id. */
  args: OperatingModeInputs;
  options: { retainOnDelete?: boolean };
}

export interface DesiredState {
  /** Every file read, in the order read (sorted). */
  files: string[];
  modes: ModeDeclaration[];
}

export interface SourceFile {
  /** As shown in messages, e.g. "locations/berlin.yaml". */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  line?: number;
  /** The field, e.g. "modes[0].sameHoursDaily.mondayToFriday.endTime"; empty for the whole file. */
  path: string;
  /** What is wrong and what to change. */
  reason: string;
}

/**
 * Every problem of every file. A RunError, so that a Pulumi program that lets it escape prints the
 * list without a stack trace.
 */
export class DesiredStateError extends pulumi.RunError {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the desired state (nothing was changed):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "DesiredStateError";
  }
}

/** "locations/berlin.yaml:14: modes[0].sameHoursDaily.mondayToFriday.endTime: must be ..." */
export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.reason}` : `${where}: ${p.reason}`;
}

// ---- reading files ----

/**
 * Reads every *.yaml / *.yml file of the given folders (recursively) and files, in sorted order, and
 * returns the declarations; throws a DesiredStateError listing every problem of every file.
 */
export function loadDesiredState(dirOrFiles: string | string[]): DesiredState {
  return parseDesiredState(readSources(dirOrFiles));
}

/** The files to load, with the paths shown in messages: relative to a folder that was given. */
function readSources(dirOrFiles: string | string[]): SourceFile[] {
  const entries = Array.isArray(dirOrFiles) ? dirOrFiles : [dirOrFiles];
  const problems: Problem[] = [];
  const found: { file: string; shown: string }[] = [];
  for (const entry of entries) {
    if (!fs.existsSync(entry)) {
      problems.push({ file: entry, path: "", reason: "does not exist; give the folder of the desired-state files (or the files)" });
    } else if (fs.statSync(entry).isDirectory()) {
      // With several folders, the folder stays in the shown path so that two "organization.yaml" differ.
      for (const file of yamlFilesUnder(entry)) {
        const relative = path.relative(entry, file);
        found.push({ file, shown: entries.length === 1 ? relative : path.join(entry, relative) });
      }
    } else {
      found.push({ file: entry, shown: entry });
    }
  }
  // An empty desired state would delete every mode of the stack: a mistyped folder must not mean that.
  if (problems.length === 0 && found.length === 0)
    problems.push({ file: entries.join(", "), path: "", reason: "holds no *.yaml or *.yml file; a desired state needs at least one file (modes: [] declares none)" });
  if (problems.length > 0) throw new DesiredStateError(problems);
  return found
    .sort((a, b) => compareStrings(a.shown, b.shown))
    .map(({ file, shown }) => ({ path: shown, text: fs.readFileSync(file, "utf8") }));
}

function yamlFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return yamlFilesUnder(full);
      return /\.ya?ml$/i.test(e.name) ? [full] : [];
    });
}

// Code-unit order: the same on every machine, whatever its locale.
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---- parsing and validating (pure) ----

/** The declarations of the given files; throws a DesiredStateError listing every problem. */
export function parseDesiredState(sources: SourceFile[]): DesiredState {
  const { state, problems } = checkDesiredState(sources);
  if (problems.length > 0) throw new DesiredStateError(problems);
  return state;
}

/** Never throws: the declarations and every problem found (the declarations are only usable without problems). */
export function checkDesiredState(sources: SourceFile[]): { state: DesiredState; problems: Problem[] } {
  const files = sources.map(analyseFile);
  const candidates = files.flatMap((f) => f.candidates);
  const problems = [...files.flatMap((f) => f.problems), ...crossFileProblems(candidates)];
  return {
    state: { files: sources.map((s) => s.path), modes: candidates.map((c) => c.declaration) },
    problems: problems.sort(byFileAndLine),
  };
}

function byFileAndLine(a: Problem, b: Problem): number {
  return compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** A mode as found in a file, with what the checks across files need. */
interface Candidate {
  declaration: ModeDeclaration;
  /** "modes[3]" */
  at: string;
  keyGiven: boolean;
  keyLine: number;
  nameLine: number;
  /** Modes share a scope when they share level, location and organisation (names are unique there). */
  scope: string;
  scopeLabel: string;
}

/** The YAML document of one file, and how to point at a field in it. */
class Located {
  private readonly lines = new LineCounter();
  readonly doc: Document;
  constructor(readonly file: string, text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false });
  }

  lineOfOffset(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  /** The line of the field at `fieldPath` or, when it is missing, of the nearest field above it. */
  lineOf(fieldPath: string): number {
    let node: unknown = this.doc.contents;
    let line = this.startLine(node) ?? 1;
    for (const segment of pathSegments(fieldPath)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
        if (!pair) break;
        // The key's line: a nested map's own range starts on the line after it.
        line = this.startLine(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
        node = node.items[segment];
        line = this.startLine(node) ?? line;
      } else break;
    }
    return line;
  }

  /** The scalar written at `fieldPath`, if that is what is there. */
  scalarAt(fieldPath: string): { value: unknown; source: string } | undefined {
    const node = this.doc.getIn(pathSegments(fieldPath), true);
    if (!isScalar(node) || !node.range) return undefined;
    return { value: node.value, source: String(node.source ?? node.value) };
  }

  problem(fieldPath: string, reason: string): Problem {
    return { file: this.file, line: this.lineOf(fieldPath), path: fieldPath, reason: reason + this.quotingHint(fieldPath, reason) };
  }

  /** YAML reads +4930555100 as a number and 2000 as an integer: say so where a string was expected. */
  private quotingHint(fieldPath: string, reason: string): string {
    if (!reason.startsWith("must be a string")) return "";
    const scalar = this.scalarAt(fieldPath);
    if (!scalar || typeof scalar.value === "string") return "";
    return `; YAML reads ${scalar.source} as a ${typeof scalar.value}: put it in quotes ("${scalar.source}")`;
  }

  private startLine(node: unknown): number | undefined {
    return isNode(node) && node.range ? this.lineOfOffset(node.range[0]) : undefined;
  }
}

/** "modes[0].sameHoursDaily.endTime" -> ["modes", 0, "sameHoursDaily", "endTime"] */
export function pathSegments(fieldPath: string): (string | number)[] {
  return [...fieldPath.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]));
}

function analyseFile(source: SourceFile): { problems: Problem[]; candidates: Candidate[] } {
  const located = new Located(source.path, source.text);
  if (located.doc.errors.length > 0) {
    const problems = located.doc.errors.map((e) => ({
      file: source.path,
      line: located.lineOfOffset(e.pos[0]),
      path: "",
      reason: `is not valid YAML: ${e.message}`,
    }));
    return { problems, candidates: [] };
  }
  const data: unknown = located.doc.toJS();
  const problems = fileSchemaProblems(data).map((p) => located.problem(p.path, p.reason));
  if (!isObject(data) || !Array.isArray(data.modes)) return { problems, candidates: [] };
  const where = fileScope(data);
  const candidates: Candidate[] = [];
  data.modes.forEach((entry: unknown, index: number) => {
    if (!isObject(entry)) return; // the file schema has said what is wrong with it
    let mode = entry;
    const at = `modes[${index}]`;
    const calendar = withCalendar(mode);
    if (calendar.error) problems.push(located.problem(`${at}.holidayCalendar`, calendar.error));
    mode = calendar.mode;
    const declaration = declare(mode, where, source.path, located.lineOf(at));
    problems.push(...modeProblems(mode, where.level).map((f) => located.problem(`${at}.${f.property}`, f.reason)));
    const keyGiven = typeof mode.key === "string";
    if (declaration.key === "" && typeof mode.name === "string")
      problems.push(located.problem(`${at}.name`, `"${mode.name}" gives no key (it has no letters or digits); set key: to name the Pulumi resource`));
    candidates.push({
      declaration,
      at,
      keyGiven,
      keyLine: located.lineOf(keyGiven ? `${at}.key` : `${at}.name`),
      nameLine: located.lineOf(`${at}.name`),
      scope: JSON.stringify([where.orgId ?? "", where.level, where.locationId ?? "", where.locationName?.trim().toLowerCase() ?? ""]),
      scopeLabel: where.locationName ? `in ${where.locationName}` : where.locationId ? `in location ${where.locationId}` : "at the organisation level",
    });
  });
  return { problems, candidates };
}

/** A mode's `holidayCalendar:` expanded into holidays, after those written out under `holidays:`. */
function withCalendar(mode: Record<string, unknown>): { mode: Record<string, unknown>; error?: string } {
  const calendar = mode.holidayCalendar;
  if (!isObject(calendar)) return { mode };
  try {
    const generated = holidayCalendar(calendar as unknown as HolidayCalendarOptions);
    return { mode: { ...mode, holidays: [...(Array.isArray(mode.holidays) ? mode.holidays : []), ...generated] } };
  } catch (e) {
    return { mode, error: (e as Error).message };
  }
}

interface FileScope {
  level: ModeLevel;
  locationName?: string;
  locationId?: string;
  orgId?: string;
}

function fileScope(data: Record<string, unknown>): FileScope {
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const locationName = str(data.location);
  const locationId = str(data.locationId);
  return { level: locationName !== undefined || locationId !== undefined ? "LOCATION" : "ORGANIZATION", locationName, locationId, orgId: str(data.orgId) };
}

/** The fields of a mode entry that are OperatingMode inputs, checked by provider/validate.ts. */
const MODE_FIELDS = ["name", "type", "sameHoursDaily", "differentHoursDaily", "holidays", "callForwarding", "adopt"] as const;

function modeFields(mode: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(MODE_FIELDS.filter((k) => mode[k] !== undefined).map((k) => [k, mode[k]]));
}

function declare(mode: Record<string, unknown>, where: FileScope, file: string, line: number): ModeDeclaration {
  const args = {
    ...modeFields(mode),
    level: where.level,
    ...(where.locationId !== undefined ? { locationId: where.locationId } : {}),
    ...(where.orgId !== undefined ? { orgId: where.orgId } : {}),
  } as unknown as OperatingModeInputs;
  const key = typeof mode.key === "string" ? mode.key : typeof mode.name === "string" ? slugOf(mode.name) : "";
  return {
    key,
    file,
    line,
    ...(where.locationName !== undefined ? { locationName: where.locationName } : {}),
    ...(where.locationId !== undefined ? { locationId: where.locationId } : {}),
    args,
    options: typeof mode.retainOnDelete === "boolean" ? { retainOnDelete: mode.retainOnDelete } : {},
  };
}

// Stands in for a location known only by name: the id is looked up when the program runs, and
// validate.ts only needs to know that there is one.
const LOCATION_BY_NAME = "(the location named in the file)";

/**
 * The rules of provider/validate.ts for one mode. The file-level fields (level, location, orgId)
 * are checked once per file by the file schema, so they are left out here.
 */
function modeProblems(mode: Record<string, unknown>, level: ModeLevel): { property: string; reason: string }[] {
  return validateOperatingMode({ ...modeFields(mode), level, ...(level === "LOCATION" ? { locationId: LOCATION_BY_NAME } : {}) });
}

/** "Berlin Business Hours" -> "berlin-business-hours"; accents dropped ("Zürich" -> "zurich"). */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function isObject(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

// ---- the file schema ----

let fileValidator: ReturnType<Ajv["compile"]> | undefined;

function validateFile(data: unknown): ErrorObject[] {
  if (!fileValidator) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    ajv.addSchema(modeSchema);
    fileValidator = ajv.compile(gitopsSchema);
  }
  return fileValidator(data) ? [] : fileValidator.errors ?? [];
}

const MODE_FIELD_ERROR = new RegExp(`^/modes/\\d+/(${MODE_FIELDS.join("|")})(/|$)`);

/**
 * What the file schema finds, except inside the fields of a mode: validate.ts describes those (with
 * the same schema), and saying it twice would only add noise.
 */
function fileSchemaProblems(data: unknown): { path: string; reason: string }[] {
  const seen = new Set<string>();
  return validateFile(data)
    .filter((e) => !MODE_FIELD_ERROR.test(e.keyword === "required" ? `${e.instancePath}/${(e.params as any).missingProperty}` : e.instancePath))
    .map(describeFileError)
    .filter((p) => {
      const id = `${p.path}\u0000${p.reason}`;
      return seen.has(id) ? false : (seen.add(id), true);
    });
}

// Fields that belong to the file, not to a mode, with what to do instead.
const MISPLACED: Record<string, string> = {
  level:
    "is not a field of a mode here: the level comes from the file (location: or locationId: at the top makes every mode LOCATION level; a file without them holds organisation-level modes)",
  location: "is not a field of a mode: put location: at the top of the file, one file per location",
  locationId: "is not a field of a mode: put locationId: at the top of the file, one file per location",
  orgId: "is not a field of a mode: put orgId: at the top of the file",
};

function describeFileError(e: ErrorObject): { path: string; reason: string } {
  const at = pointerToPath(e.instancePath);
  const join = (key: string) => (at ? `${at}.${key}` : key);
  const p = e.params as Record<string, any>;
  switch (e.keyword) {
    case "required":
      return p.missingProperty === "modes"
        ? { path: "modes", reason: "is required: list the operating modes of this file (modes: [] for none)" }
        : { path: join(p.missingProperty), reason: "is required" };
    case "additionalProperties": {
      const inMode = /^modes\[\d+\]$/.test(at);
      const known = Object.keys((e.parentSchema as any)?.properties ?? {}).join(", ");
      const reason = (inMode && MISPLACED[p.additionalProperty]) || `is not a known field; remove it (known fields: ${known})`;
      return { path: join(p.additionalProperty), reason };
    }
    case "not":
      return { path: "locationId", reason: "and location are both set; give the location by name or by id, not both" };
    case "type":
      return { path: at, reason: `must be ${/^[aeiou]/.test(p.type) ? "an" : "a"} ${p.type}` };
    case "pattern":
    case "minLength":
      return at.endsWith(".key")
        ? { path: at, reason: "must be letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. berlin-business-hours)" }
        : { path: at, reason: "must not be empty" };
    default:
      return { path: at, reason: e.message ?? "is invalid" };
  }
}

// ---- checks across files ----

function crossFileProblems(candidates: Candidate[]): Problem[] {
  return [...duplicateKeys(candidates), ...duplicateNames(candidates), ...duplicateAdoptions(candidates), ...overLimit(candidates)];
}

/** Pairs of (first, later) items that share a key. */
function repeats<T>(items: T[], keyOf: (item: T) => string | undefined): [T, T][] {
  const first = new Map<string, T>();
  const pairs: [T, T][] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, item);
    else pairs.push([earlier, item]);
  }
  return pairs;
}

const whereIs = (c: Candidate, line: number) => `${c.declaration.file}:${line} (${c.at})`;

function duplicateKeys(candidates: Candidate[]): Problem[] {
  return repeats(candidates, (c) => c.declaration.key || undefined).map(([first, later]) => {
    const key = later.declaration.key;
    const what = later.keyGiven ? `"${key}"` : `gives the key "${key}" (a slug of the name), which`;
    return {
      file: later.declaration.file,
      line: later.keyLine,
      path: `${later.at}.${later.keyGiven ? "key" : "name"}`,
      reason:
        `${what} is also the key of ${whereIs(first, first.keyLine)}; keys name the Pulumi resources and must be ` +
        "unique across all files: set a different key: on one of them",
    };
  });
}

function duplicateNames(candidates: Candidate[]): Problem[] {
  const nameIn = (c: Candidate) => (typeof c.declaration.args.name === "string" ? JSON.stringify([c.scope, c.declaration.args.name.trim().toLowerCase()]) : undefined);
  return repeats(candidates, nameIn).map(([first, later]) => ({
    file: later.declaration.file,
    line: later.nameLine,
    path: `${later.at}.name`,
    reason: `"${later.declaration.args.name}" is also the name of ${whereIs(first, first.nameLine)} ${later.scopeLabel}; mode names are unique within their level and location: rename one`,
  }));
}

function duplicateAdoptions(candidates: Candidate[]): Problem[] {
  const adopted = (c: Candidate) => (typeof c.declaration.args.adopt?.id === "string" ? c.declaration.args.adopt.id : undefined);
  return repeats(candidates, adopted).map(([first, later]) => ({
    file: later.declaration.file,
    line: later.declaration.line,
    path: `${later.at}.adopt.id`,
    reason: `${later.declaration.args.adopt?.id} is also adopted by ${whereIs(first, first.declaration.line)}; two resources would fight over one mode: keep one`,
  }));
}

const MODES_PER_SCOPE = 100;

function overLimit(candidates: Candidate[]): Problem[] {
  const counts = new Map<string, number>();
  const problems: Problem[] = [];
  for (const c of candidates) {
    const n = (counts.get(c.scope) ?? 0) + 1;
    counts.set(c.scope, n);
    if (n === MODES_PER_SCOPE + 1)
      problems.push({
        file: c.declaration.file,
        line: c.declaration.line,
        path: c.at,
        reason: `is mode number ${n} ${c.scopeLabel}; Webex allows at most ${MODES_PER_SCOPE} per level and location: remove some`,
      });
  }
  return problems;
}

// ---- writing the format (webex-opmodes export) ----

/** A live mode, its key and its entry in the format. */
export interface ExportedMode {
  key: string;
  mode: ApiOperatingMode;
  /** See modeEntry. */
  entry: Record<string, unknown>;
}

export interface ExportedFile {
  path: string;
  /** The file's `location:` (a unique name) or `locationId:` (when the name is not unique); neither at the organisation level. */
  location?: { location: string } | { locationId: string; name?: string };
  modes: ExportedMode[];
}

/**
 * Files and keys for the modes of an organisation: organization.yaml, then one file per location
 * under locations/. Keys are written out (so that a later rename keeps the resource) and unique:
 * the slug of the name, prefixed by the location's when two modes share a name.
 */
export function planExport(modes: ApiOperatingMode[], locations: Pick<Location, "id" | "name">[]): ExportedFile[] {
  const sorted = [...modes].sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
  const keys = exportKeys(sorted);
  // By location id (empty for the organisation level): two locations may share a name.
  const files = new Map<string, ExportedFile>();
  const uniquePath = uniqueName();
  for (const mode of sorted) {
    const locationId = mode.level === "LOCATION" ? mode.location?.id ?? "" : "";
    let file = files.get(locationId);
    if (!file) {
      file = locationId
        ? { path: `${uniquePath(`locations/${slugOf(mode.location?.name ?? "") || "location"}`)}.yaml`, location: locationReference(mode, locations), modes: [] }
        : { path: "organization.yaml", modes: [] };
      files.set(locationId, file);
    }
    const key = keys.get(mode.id)!;
    file.modes.push({ key, mode, entry: modeEntry(mode, key) });
  }
  return [...files.values()].sort((a, b) => compareStrings(a.path, b.path));
}

/** A location is named when its name is unique (the program looks it up by name), else given by id. */
function locationReference(mode: ApiOperatingMode, locations: Pick<Location, "id" | "name">[]): ExportedFile["location"] {
  const name = mode.location?.name;
  const same = (n: string) => n.trim().toLowerCase() === name?.trim().toLowerCase();
  if (name !== undefined && name.trim() !== "" && locations.filter((l) => same(l.name)).length === 1) return { location: name };
  return { locationId: mode.location!.id, name };
}

function exportKeys(modes: ApiOperatingMode[]): Map<string, string> {
  const base = (m: ApiOperatingMode) => slugOf(m.name) || "mode";
  const count = new Map<string, number>();
  for (const m of modes) count.set(base(m), (count.get(base(m)) ?? 0) + 1);
  const unique = uniqueName();
  const keys = new Map<string, string>();
  // Organisation-level modes first, so that they keep the plain slug when a location reuses the name.
  for (const m of [...modes].sort((a, b) => Number(a.level === "LOCATION") - Number(b.level === "LOCATION"))) {
    const shared = count.get(base(m))! > 1 && m.level === "LOCATION";
    keys.set(m.id, unique(shared ? `${slugOf(m.location?.name ?? "") || "location"}-${base(m)}` : base(m)));
  }
  return keys;
}

/** x, then x-2, x-3... for names already taken. */
function uniqueName(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}-${n}`;
    taken.add(name);
    return name;
  };
}

/**
 * A live mode as a mode entry of the format: its values in the canonical form the provider compares
 * (so that adopting it finds nothing to change), defaults left out, adopted by id.
 */
export function modeEntry(mode: ApiOperatingMode, key: string): Record<string, unknown> {
  const days = <K extends string>(schedule: Partial<Record<K, DaySchedule>> | undefined, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, dayEntry(schedule?.[k])]));
  const forwarding = normalizeForwarding(mode.callForwarding);
  return dropUndefined({
    name: mode.name,
    key,
    type: mode.type,
    sameHoursDaily: mode.type === "SAME_HOURS_DAILY" ? days(mode.sameHoursDaily, ["mondayToFriday", "saturdayToSunday"] as const) : undefined,
    differentHoursDaily: mode.type === "DIFFERENT_HOURS_DAILY" ? days(mode.differentHoursDaily, WEEK_ORDER) : undefined,
    holidays: mode.type === "HOLIDAY" ? (mode.holidays ?? []).map(holidayEntry).sort(byDateThenName) : undefined,
    // Forwarding that is off is the default: the provider compares it equal whatever else is stored.
    callForwarding: forwarding.enabled ? forwarding : undefined,
    adopt: { id: mode.id },
  });
}

// Monday first, as people read a week.
const WEEK_ORDER = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

function dayEntry(day: DaySchedule | undefined): DaySchedule {
  const d = normalizeDay(day);
  if (!d.enabled) return { enabled: false };
  return d.allDayEnabled ? { enabled: true, allDayEnabled: true } : { enabled: true, startTime: d.startTime, endTime: d.endTime };
}

function holidayEntry(h: HolidayFields): HolidayFields {
  // allDayEnabled follows from the times; endDate is left out when it is startDate.
  const { allDayEnabled: _derived, ...n } = normalizeHoliday(h);
  return dropUndefined({ ...n, endDate: n.endDate === n.startDate ? undefined : n.endDate });
}

function byDateThenName(a: HolidayFields, b: HolidayFields): number {
  return compareStrings(a.startDate, b.startDate) || compareStrings(a.name, b.name);
}

/** The YAML text of the exported files; `schemaPath` gives each file's path to gitops.schema.json. */
export function renderDesiredState(files: ExportedFile[], opts: { orgId?: string; schemaPath: (file: string) => string }): SourceFile[] {
  return files.map((f) => ({ path: f.path, text: renderFile(f, opts.orgId, opts.schemaPath(f.path)) }));
}

// Short values on one line, as a person would write them.
const FLOW_KEYS = new Set(["mondayToFriday", "saturdayToSunday", ...WEEK_ORDER, "recurrence", "callForwarding", "adopt"]);

function renderFile(file: ExportedFile, orgId: string | undefined, schemaPath: string): string {
  const doc = new Document({ ...file.location, ...(orgId ? { orgId } : {}), modes: file.modes.map((m) => m.entry) });
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isMap(pair.value)) pair.value.flow = true;
    },
    Scalar(_, scalar) {
      // Quoted so that YAML 1.1 tools do not read 08:00 as a number or 2026-12-25 as a timestamp.
      if (typeof scalar.value === "string" && /^(\d{2}:\d{2}|\d{4}-\d{2}-\d{2})$/.test(scalar.value)) scalar.type = "QUOTE_DOUBLE";
    },
  });
  const modes = doc.get("modes");
  if (isSeq(modes)) modes.items.forEach((item, i) => isNode(item) && i > 0 && (item.spaceBefore = true));
  const named = file.location && "locationId" in file.location && file.location.name ? ` (${file.location.name}: its name is not unique)` : "";
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaPath}`,
    ` Exported from Webex by \`webex-opmodes export\`${named}. Every mode adopts the live one by id: the`,
    " first `pulumi up` takes it over without changing it. Edit, review and merge to change Webex.",
  ].join("\n");
  return doc.toString({ lineWidth: 0 });
}

// ---- the Pulumi part ----

export interface DeclareModesOptions {
  /** Given to every OperatingMode (a parent, a provider, protect...); a mode's own retainOnDelete wins. */
  resourceOptions?: pulumi.CustomResourceOptions;
  /** Credentials for looking up locations by name; default: the stack's webex:* config, then WEBEX_*. */
  callOptions?: CallOptions;
}

/** Declares one OperatingMode per declaration; returns them by key. */
export function declareModes(state: DesiredState, opts: DeclareModesOptions = {}): Record<string, OperatingMode> {
  const locationId = locationResolver(opts.callOptions);
  const modes: Record<string, OperatingMode> = {};
  for (const d of state.modes) {
    const args = d.locationName !== undefined ? { ...d.args, locationId: locationId(d.locationName, d.args.orgId) } : d.args;
    modes[d.key] = new OperatingMode(d.key, args, { ...opts.resourceOptions, ...d.options });
  }
  return modes;
}

/** One lookup per location, however many modes it has. */
function locationResolver(callOptions?: CallOptions): (name: string, orgId?: string) => pulumi.Output<string> {
  const ids = new Map<string, pulumi.Output<string>>();
  return (name, orgId) => {
    const key = JSON.stringify([orgId ?? "", name.trim().toLowerCase()]);
    let id = ids.get(key);
    if (!id) {
      id = getLocationOutput({ name, orgId }, callOptions).id;
      ids.set(key, id);
    }
    return id;
  };
}
