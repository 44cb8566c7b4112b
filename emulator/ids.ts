/**
 * Webex ids: base64 of `ciscospark://us/<TYPE>/<uuid>`, usually without `=` padding.
 *
 * The emulator always hands out the unpadded form and accepts both forms (and the URL-safe
 * alphabet) everywhere, because clients copy ids from Control Hub, from other APIs and from
 * older responses that were padded.
 */
import { randomUUID } from "node:crypto";

export type IdType =
  | "OPERATING_MODE"
  | "SCHEDULE_EVENT"
  | "LOCATION"
  | "ORGANIZATION"
  | "PEOPLE"
  | "PLACE"
  | "VIRTUAL_LINE"
  | "HUNT_GROUP"
  | "AUTO_ATTENDANT"
  | "CALL_QUEUE"
  | (string & {}); // owner types grow over time; any upper-case word is a valid type

const PREFIX = "ciscospark://us/";

export interface DecodedId {
  type: string;
  uuid: string;
}

/** Encodes `ciscospark://us/<type>/<uuid>` as base64 without padding. */
export function encodeId(type: IdType, uuid: string): string {
  return Buffer.from(`${PREFIX}${type}/${uuid}`, "utf8").toString("base64").replace(/=+$/, "");
}

/** A fresh id of the given type. */
export function newId(type: IdType): string {
  return encodeId(type, randomUUID());
}

/**
 * Decodes a padded or unpadded (standard or URL-safe) base64 id. Returns undefined for anything
 * that is not a well-formed `ciscospark://` id, so callers decide whether that is a 400 or a 404.
 */
export function decodeId(id: string): DecodedId | undefined {
  if (typeof id !== "string" || id.length === 0 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(id)) return undefined;
  const text = Buffer.from(id.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
  const match = /^ciscospark:\/\/[a-z0-9-]+\/([A-Z][A-Z0-9_]*)\/([^/\s]+)$/.exec(text);
  if (!match) return undefined;
  return { type: match[1], uuid: match[2] };
}

/**
 * The canonical (unpadded, standard alphabet) form of an id of the expected type, or undefined
 * when `id` is not such an id. Two spellings of one id have the same canonical form.
 */
export function canonicalId(id: string, expectedType: IdType): string | undefined {
  const decoded = decodeId(id);
  if (!decoded || decoded.type !== expectedType) return undefined;
  return encodeId(decoded.type, decoded.uuid);
}

/**
 * For seed files: a value that is already an id of `type` is kept (in canonical form); anything
 * else is taken as the raw uuid part and encoded. Lets seeds stay readable (plain uuids) while a
 * persisted state (encoded ids) loads back unchanged.
 */
export function toId(type: IdType, value: string): string {
  return canonicalId(value, type) ?? encodeId(type, value);
}
