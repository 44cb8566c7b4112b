// Holiday calendars from date-holidays, shaped as Webex holidays. A fixed date or an nth/last weekday
// becomes ONE recurring holiday; everything else (Easter-based, lunar, substitute days, "wednesday
// before 11-23") becomes one dated holiday per year, named with its year. Pure: no API call, and the
// same options always give the same list.
import Holidays from "date-holidays";
import { daysInMonth, formatDate, nthWeekday } from "../provider/calendar";
import { HolidayFields, Month, MONTHS, Recurrence, WEEKDAYS, WEEKS, Week, Weekday } from "../provider/types";

const HOLIDAY_TYPES = ["public", "bank", "optional", "school", "observance"] as const;
export type HolidayType = (typeof HOLIDAY_TYPES)[number];

/** A holiday as date-holidays gives it for one year: what `include`/`exclude` predicates see. */
export interface SourceHoliday {
  /** In the requested language when date-holidays has it, else English or the local language. */
  name: string;
  /** YYYY-MM-DD, local to the country. */
  date: string;
  type: HolidayType;
  /** The date-holidays rule, e.g. "12-25", "4th thursday in November", "easter -2". */
  rule: string;
  substitute: boolean;
}

/** A holiday name (case-insensitive, as in the requested language) or a predicate. */
export type HolidayMatcher = string | ((holiday: SourceHoliday) => boolean);

export interface HolidayCalendarOptions {
  /** ISO 3166-1 code as date-holidays takes it, e.g. "US", "DE". */
  country: string;
  /** State or region code as date-holidays takes it, e.g. "BE" (Berlin) with "DE", "CA" with "US". */
  region?: string;
  /** Recurring holidays start in the first of these years and repeat every year after it. */
  years: number[] | { from: number; to: number };
  /** date-holidays types to take; default ["public"]. */
  types?: HolidayType[];
  /** Holidays to take whatever their type (e.g. "Christmas Eve" alongside the public ones). */
  include?: HolidayMatcher[];
  /** Holidays to leave out; wins over `types` and `include`. */
  exclude?: HolidayMatcher[];
  /** ISO 639-1 language of the names; default "en". Falls back to English where date-holidays lacks it. */
  language?: string;
  /** Longest name to produce; default 30 (what live tests of the API cut names to). At least 12. */
  nameMaxLength?: number;
  /** Most holidays to produce; default 150, the API's limit per mode. More throws, never truncates. */
  maxHolidays?: number;
}

const MIN_NAME_LENGTH = 12; // room for a word, " (99)" and " 2027"

/** The holidays of a country (and region) over a range of years, ready for a HOLIDAY mode. */
export function holidayCalendar(options: HolidayCalendarOptions): HolidayFields[] {
  const o = resolveOptions(options);
  // UTC makes date-holidays report local wall-clock times as UTC: no time zone or DST shifts a day.
  const hd = new Holidays({ country: o.country, ...(o.region ? { state: o.region } : {}) }, { timezone: "UTC" });
  // The country's own variant of the language first ("Labor Day" in the US, "Labour Day" elsewhere).
  const variants = hd.getLanguages().filter((l) => l.startsWith(`${o.language}-`));
  hd.setLanguages([...variants, o.language, "en"]);
  // Every year between the first and the last is read, even those not asked for, because a recurring
  // holiday also happens in them: it must be right there too.
  const span = range(o.years[0], o.years[o.years.length - 1]);
  const all = unique(span.flatMap((year) => hd.getHolidays(year).map(toOccurrence)));
  checkMatchersMatch(o, all);
  const chosen = all.filter(({ source }) => (o.types.includes(source.type) || matches(o.include, source)) && !matches(o.exclude, source));

  const groups = new Map<string, Occurrence[]>();
  for (const occurrence of chosen) {
    const { rule, name, substitute } = occurrence.source;
    const key = JSON.stringify([rule, name, substitute]);
    groups.set(key, [...(groups.get(key) ?? []), occurrence]);
  }
  const asked = new Set(o.years);
  const planned: Planned[] = [];
  for (const occurrences of groups.values()) {
    const inAsked = occurrences.filter((x) => asked.has(x.year));
    if (inAsked.length === 0) continue;
    const recurrence = inAsked[0].source.substitute ? undefined : recurrenceOf(inAsked[0].source.rule);
    if (recurrence && recursEveryYear(recurrence, inAsked[0], occurrences, span[span.length - 1])) {
      planned.push({ ...inAsked[0], tail: "", recurrence });
    } else {
      planned.push(...inAsked.map((x) => ({ ...x, tail: ` ${x.year}` })));
    }
  }
  checkLimit(o, planned);
  planned.sort((a, b) => compare(a.shape.startDate, b.shape.startDate) || compare(a.source.name, b.source.name));
  return nameUniquely(planned, o.nameMaxLength);
}

// ---- options ----

interface Resolved {
  country: string;
  region?: string;
  years: number[]; // sorted, unique
  types: string[];
  include: HolidayMatcher[];
  exclude: HolidayMatcher[];
  language: string;
  nameMaxLength: number;
  maxHolidays: number;
}

/** Every problem with the options at once, each saying what to change. */
function resolveOptions(options: HolidayCalendarOptions): Resolved {
  const problems: string[] = [];
  const country = String(options.country ?? "").toUpperCase();
  const region = options.region === undefined ? undefined : String(options.region).toUpperCase();
  const countries = new Holidays().getCountries("en") ?? {};
  if (!countries[country]) {
    problems.push(`country "${options.country}" is not one date-holidays knows; use an ISO 3166-1 code such as US, DE or GB`);
  } else if (region !== undefined) {
    const regions = new Holidays().getStates(country, "en") ?? {};
    if (!regions[region])
      problems.push(`region "${options.region}" is not a region of ${country} that date-holidays knows; use one of ${Object.keys(regions).join(", ") || "(none: leave region out)"}`);
  }
  const years = yearsOf(options.years, problems);
  const types = options.types ?? ["public"];
  for (const t of types)
    if (!HOLIDAY_TYPES.includes(t)) problems.push(`types: "${t}" is not a date-holidays type; use ${HOLIDAY_TYPES.join(", ")}`);
  const nameMaxLength = options.nameMaxLength ?? 30;
  if (!Number.isInteger(nameMaxLength) || nameMaxLength < MIN_NAME_LENGTH)
    problems.push(`nameMaxLength ${nameMaxLength} must be a whole number of at least ${MIN_NAME_LENGTH}`);
  const maxHolidays = options.maxHolidays ?? 150;
  if (!Number.isInteger(maxHolidays) || maxHolidays < 1) problems.push(`maxHolidays ${maxHolidays} must be a whole number of at least 1`);
  if (problems.length > 0) throw new Error(`holidayCalendar: ${problems.join("; ")}`);
  return {
    country,
    region,
    years,
    types,
    include: options.include ?? [],
    exclude: options.exclude ?? [],
    language: (options.language ?? "en").toLowerCase(),
    nameMaxLength,
    maxHolidays,
  };
}

function yearsOf(years: HolidayCalendarOptions["years"], problems: string[]): number[] {
  const list = Array.isArray(years) ? years : years && years.from <= years.to ? range(years.from, years.to) : undefined;
  if (!list || list.length === 0) {
    problems.push(`years must be a non-empty list of years or { from, to } with from <= to (got ${JSON.stringify(years)})`);
    return [];
  }
  const bad = list.filter((y) => !Number.isInteger(y) || y < 1000 || y > 9999);
  if (bad.length > 0) problems.push(`years ${bad.join(", ")} are not four-digit years`);
  return [...new Set(list)].sort((a, b) => a - b);
}

function matches(matchers: HolidayMatcher[], h: SourceHoliday): boolean {
  return matchers.some((m) => (typeof m === "string" ? m.trim().toLowerCase() === h.name.toLowerCase() : m(h)));
}

/** A name in include/exclude that matches nothing is a typo: left alone, callers hear "we are open". */
function checkMatchersMatch(o: Resolved, all: Occurrence[]): void {
  const names = new Set(all.map((x) => x.source.name.toLowerCase()));
  const unknown = [...o.include, ...o.exclude].filter((m): m is string => typeof m === "string" && !names.has(m.trim().toLowerCase()));
  if (unknown.length > 0) {
    const known = [...new Set(all.map((x) => x.source.name))].sort().join(", ");
    throw new Error(`holidayCalendar: ${unknown.map((n) => `"${n}"`).join(", ")} is no holiday of ${where(o)} (language "${o.language}"); names are: ${known}`);
  }
}

// ---- one occurrence of a holiday ----

interface Shape {
  startDate: string;
  endDate?: string; // only when it spans days
  startTime?: string; // only for a part of one day
  endTime?: string;
}

interface Occurrence {
  source: SourceHoliday;
  year: number;
  shape: Shape;
}

interface Planned extends Occurrence {
  tail: string; // " 2027" for a one-off, "" for a recurring holiday
  recurrence?: Recurrence;
}

function toOccurrence(h: { name: string; type: string; rule: string; substitute?: boolean; start: Date; end: Date }): Occurrence {
  const shape = shapeOf(h.start, h.end);
  return {
    source: { name: h.name, date: shape.startDate, type: h.type as HolidayType, rule: h.rule, substitute: h.substitute === true },
    year: Number(shape.startDate.slice(0, 4)),
    shape,
  };
}

/** Times only for a part of a single day (Christmas Eve from 14:00); a holiday over several days is all-day. */
function shapeOf(start: Date, end: Date): Shape {
  const at = (d: Date) => ({ date: d.toISOString().slice(0, 10), time: d.toISOString().slice(11, 16) });
  const s = at(start);
  // An end at midnight closes the day before; the API's end of day is 23:59.
  const e = at(new Date(end.getTime() - (at(end).time === "00:00" ? 60_000 : 0)));
  if (s.date !== e.date) return { startDate: s.date, endDate: e.date };
  if (s.time === "00:00" && e.time === "23:59") return { startDate: s.date };
  return { startDate: s.date, startTime: s.time, endTime: e.time };
}

// ---- recurrence: read from the rule, then checked against every year ----

const ORDINAL = "(?:([1-9])(?:st|nd|rd|th) )?";
const WEEKDAY = `(${WEEKDAYS.join("|").toLowerCase()})`;

/** The recurrence a date-holidays rule means, when it is a fixed date or an nth/last weekday. */
function recurrenceOf(rule: string): Recurrence | undefined {
  const r = rule
    .toLowerCase()
    .replace(/\s+#\d+$/, "") // "#1": an alternative rule for the same holiday
    .replace(/\s+since \d{4}$/, "") // a first year: the recurrence starts at startDate anyway
    .replace(/\s+and if .*$/, ""); // "and if sunday then next monday" adds substitute days, which come separately
  // "12-24 14:00 if sunday then 00:00" changes only the time on some days; the yearly check catches it.
  const fixed = /^(\d\d)-(\d\d)(?: \d\d:\d\d)?(?: if [a-z, ]+ then \d\d:\d\d)?(?: p\d+d)?$/.exec(r);
  if (fixed) {
    const month = Number(fixed[1]);
    const day = Number(fixed[2]);
    return month >= 1 && month <= 12 ? { recurYearlyByDate: { dayOfMonth: day, month: MONTHS[month - 1] } } : undefined;
  }
  const inMonth = new RegExp(`^${ORDINAL}${WEEKDAY} in (${MONTHS.join("|").toLowerCase()})$`).exec(r);
  if (inMonth) {
    const n = Number(inMonth[1] ?? 1);
    return byDay(inMonth[2], MONTHS.indexOf(inMonth[3].toUpperCase() as Month) + 1, 1 + 7 * (n - 1));
  }
  // "after" counts the date itself, "before" does not (date-holidays-parser Rule.dateDir).
  const relative = new RegExp(`^${ORDINAL}${WEEKDAY} (before|after) (\\d\\d)-(\\d\\d)$`).exec(r);
  if (relative) {
    const n = Number(relative[1] ?? 1);
    const day = Number(relative[5]);
    return byDay(relative[2], Number(relative[4]), relative[3] === "after" ? day + 7 * (n - 1) : day - 7 * n);
  }
  return undefined;
}

/**
 * A weekday found within the seven days from `first` of `month` (may be <= 0: the month before). Such a
 * window holds each weekday once, so it is "the nth" when it starts on day 1, 8, 15 or 22, and "the last"
 * when it ends on the month's last day (every year: not February).
 */
function byDay(weekday: string, month: number, first: number): Recurrence | undefined {
  const day = weekday.toUpperCase() as Weekday;
  if (month < 1 || month > 12) return undefined;
  const at = (m: number, week: Week): Recurrence => ({ recurYearlyByDay: { day, week, month: MONTHS[m - 1] } });
  if (first + 6 === 0) return at(month === 1 ? 12 : month - 1, "LAST");
  if (first >= 1 && first <= 22 && (first - 1) % 7 === 0) return at(month, WEEKS[(first - 1) / 7]);
  if (month !== 2 && first + 6 === daysInMonth(2001, month)) return at(month, "LAST");
  return undefined;
}

/** The date a recurrence gives in a year (undefined: none, e.g. February 29 in a common year). */
function dateIn(recurrence: Recurrence, year: number): string | undefined {
  const { recurYearlyByDate: byDate, recurYearlyByDay: byWeekday } = recurrence;
  if (byDate) {
    const month = MONTHS.indexOf(byDate.month) + 1;
    return byDate.dayOfMonth <= daysInMonth(year, month) ? formatDate({ year, month, day: byDate.dayOfMonth }) : undefined;
  }
  return formatDate(nthWeekday(year, MONTHS.indexOf(byWeekday!.month) + 1, byWeekday!.day, byWeekday!.week));
}

/**
 * The rule is trusted only as far as the data bears it out: from the first occurrence to the last year,
 * the holiday happens once a year, on the recurrence's date, with the same length and times. Rules that
 * are disabled, moved or abolished in some year fail this and become dated one-offs.
 */
function recursEveryYear(recurrence: Recurrence, first: Occurrence, occurrences: Occurrence[], lastYear: number): boolean {
  return range(first.year, lastYear).every((year) => {
    const those = occurrences.filter((x) => x.year === year);
    return those.length === 1 && those[0].shape.startDate === dateIn(recurrence, year) && sameShape(those[0].shape, first.shape);
  });
}

function sameShape(a: Shape, b: Shape): boolean {
  const days = (s: Shape) => (Date.parse(s.endDate ?? s.startDate) - Date.parse(s.startDate)) / 86_400_000;
  return a.startTime === b.startTime && a.endTime === b.endTime && days(a) === days(b);
}

// ---- limit and names ----

function checkLimit(o: Resolved, planned: Planned[]): void {
  if (planned.length <= o.maxHolidays) return;
  const recurring = planned.filter((p) => p.recurrence).length;
  throw new Error(
    `holidayCalendar: ${where(o)} gives ${planned.length} holidays (${recurring} recurring, ${planned.length - recurring} dated one-offs, ` +
      `which repeat for every year), more than the ${o.maxHolidays} a mode may hold. Ask for fewer years, fewer types, ` +
      `exclude some holidays, or split the years over several modes; nothing was left out silently.`,
  );
}

function where(o: Resolved): string {
  const years = o.years.length === 1 ? `${o.years[0]}` : `${o.years[0]}-${o.years[o.years.length - 1]}`;
  return `${o.country}${o.region ? `-${o.region}` : ""} ${years}`;
}

/** Names within the limit and unique within the mode (case-insensitive, as the provider checks them). */
function nameUniquely(planned: Planned[], max: number): HolidayFields[] {
  const taken = new Set<string>();
  return planned.map(({ source, shape, tail, recurrence }) => {
    let name = "";
    for (let n = 1; name === "" || taken.has(name.toLowerCase()); n++) {
      const extra = n === 1 ? "" : ` (${n})`;
      name = shorten(source.name, max - extra.length - tail.length) + extra + tail;
    }
    taken.add(name.toLowerCase());
    return {
      name,
      allDayEnabled: shape.startTime === undefined,
      ...shape,
      ...(recurrence ? { recurrence } : {}),
    };
  });
}

/**
 * Cut a name cleanly: at a word's end, or inside a word of which at least three letters stay, marked
 * with "."; an opened parenthesis is closed, and no punctuation dangles. "Independence Day (substitute
 * day)" in 25 characters is "Independence Day (subst.)".
 */
function shorten(text: string, max: number): string {
  const name = text.trim();
  if (name.length <= max) return name;
  for (let k = max; k > 0; k--) {
    const fragment = /[\p{L}\p{N}]+$/u.exec(name.slice(0, k))?.[0] ?? "";
    const midWord = fragment !== "" && /^[\p{L}\p{N}]/u.test(name.slice(k));
    if (midWord && fragment.length < 3) continue;
    let head = name.slice(0, k).replace(/[\s(\[,;:\-–/&']+$/u, "");
    if (head === "") continue;
    if (midWord) head += ".";
    if (count(head, "(") > count(head, ")")) head += ")";
    if (head.length <= max) return head;
  }
  return name.slice(0, max); // one long word: nothing cleaner fits
}

// ---- small helpers ----

/** A holiday over New Year may be listed in both years. */
function unique(occurrences: Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  return occurrences.filter(({ source: s }) => {
    const key = JSON.stringify([s.rule, s.name, s.substitute, s.date]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
