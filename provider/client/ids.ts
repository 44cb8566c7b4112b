// Webex ids are base64 of "ciscospark://us/<TYPE>/<uuid>", usually without "=" padding. The same
// object may be written padded or not: compare them decoded.

export function decodeId(id: string): { type: string; uuid: string } | undefined {
  try {
    const text = Buffer.from(id.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
    const m = /^ciscospark:\/\/[a-z0-9-]+\/([A-Z_]+)\/(.+)$/.exec(text);
    return m ? { type: m[1], uuid: m[2] } : undefined;
  } catch {
    return undefined;
  }
}

export function encodeId(type: string, uuid: string, region = "us"): string {
  return Buffer.from(`ciscospark://${region}/${type}/${uuid}`).toString("base64").replace(/=+$/, "");
}

export function sameId(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.replace(/=+$/, "") === b.replace(/=+$/, "")) return true;
  const da = decodeId(a);
  const db = decodeId(b);
  return !!da && !!db && da.type === db.type && da.uuid === db.uuid;
}
