/**
 * Who may act on which organisation. A token belongs to one organisation; `orgId` lets a partner
 * administrator act on the customer organisations it was granted. Everything else is 403, and an
 * organisation's data is only ever reached through the organisation resolved here.
 */
import { WebexError } from "./errors";
import { canonicalId } from "./ids";
import { Store } from "./store";
import { Organization, TokenGrant } from "./types";

export interface Access {
  grant: TokenGrant;
  org: Organization;
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1] : undefined;
}

export function authenticate(store: Store, authorization: string | undefined): TokenGrant {
  const token = bearerToken(authorization);
  const grant = token === undefined ? undefined : store.grant(token);
  if (!grant) throw WebexError.unauthorized();
  return grant;
}

/** The organisation a request acts on: its `orgId` when given, the token's own otherwise. */
export function resolveOrg(store: Store, grant: TokenGrant, orgIdParam: string | undefined): Organization {
  let target = grant.orgId;
  if (orgIdParam !== undefined && orgIdParam !== "") {
    const id = canonicalId(orgIdParam, "ORGANIZATION");
    if (id === undefined) throw WebexError.badRequest(`orgId ${JSON.stringify(orgIdParam)} is not an organization id.`);
    target = id;
  }
  const allowed = target === grant.orgId || (grant.role === "partner-admin" && grant.customerOrgIds.includes(target));
  const org = allowed ? store.org(target) : undefined;
  // One answer for "not yours" and "does not exist": a 404 would tell a stranger which ids exist.
  if (!org) throw WebexError.forbidden("The token is not authorized to access this organization.");
  return org;
}

/** Writes need the telephony_config_write scope, which read-only administrators lack. */
export function checkCanWrite(grant: TokenGrant): void {
  if (grant.role === "read-only-admin") {
    throw WebexError.forbidden("The token lacks the scope spark-admin:telephony_config_write.");
  }
}
