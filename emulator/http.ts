/**
 * The HTTP pipeline every /v1 route goes through, in the order the real service plausibly applies
 * it: latency, authentication (401), organisation (403), write scope (403), injected faults, the
 * handler, persistence, and a dropped connection after the commit when a fault says so.
 *
 * Handlers are plain functions from an ApiRequest to an ApiResponse that throw WebexError; they
 * never touch fastify, which keeps them easy to read and to test.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authenticate, checkCanWrite, resolveOrg } from "./auth";
import { BehaviourSwitches } from "./behaviour";
import { errorBody, ErrorCode, WebexError } from "./errors";
import { FaultConfig, FaultEngine, FaultPlan } from "./faults";
import { queryValue } from "./paging";
import { RequestLog } from "./request-log";
import { Store } from "./store";
import { Organization, TokenGrant } from "./types";

declare module "fastify" {
  interface FastifyRequest {
    emu: RequestState;
  }
}

interface RequestState {
  trackingId: string;
  time: string;
  orgId?: string;
  fault?: string;
  logged: boolean;
}

export interface EmulatorContext {
  store: Store;
  behaviour: BehaviourSwitches;
  quirks: boolean;
  faults: FaultEngine;
  /** The fault configuration given at start-up, restored by the admin reset. */
  startFaults: FaultConfig;
  log: RequestLog;
  /** Every registered /v1 route, to answer 405 rather than 404 for a known path. */
  routes: Array<{ method: string; pattern: RegExp }>;
}

export interface ApiRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  org: Organization;
  grant: TokenGrant;
  /** Absolute URL of the request, for Link headers. */
  url: string;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: ApiRequest, ctx: EmulatorContext) => ApiResponse;

type Method = "GET" | "POST" | "PUT" | "DELETE";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A fastify path pattern (`/a/:id/b`) as a regular expression over concrete paths. */
function patternOf(url: string): RegExp {
  const escaped = url
    .split("/")
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${escaped}$`);
}

export function absoluteUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host || "127.0.0.1"}${request.url}`;
}

/** Registers a /v1 API route (one or several paths: POST with and without a trailing slash). */
export function apiRoute(app: FastifyInstance, ctx: EmulatorContext, method: Method, urls: string | string[], handler: Handler): void {
  for (const url of Array.isArray(urls) ? urls : [urls]) {
    ctx.routes.push({ method, pattern: patternOf(url) });
    app.route({
      method,
      url,
      handler: async (request, reply) => {
        const write = method !== "GET";
        if (ctx.faults.latencyMs > 0) await sleep(ctx.faults.latencyMs);
        const grant = authenticate(ctx.store, request.headers.authorization);
        const org = resolveOrg(ctx.store, grant, queryValue(request.query, "orgId"));
        request.emu.orgId = org.id;
        if (write) checkCanWrite(grant);
        const plan = ctx.faults.plan({ method, path: pathOf(request), orgId: org.id, isWrite: write, now: Date.now() });
        request.emu.fault = plan.reason;
        if (plan.kind === "status") throw injectedError(plan);
        if (plan.kind === "drop") return dropConnection(ctx, request, reply, "before-commit");
        const result = handler(
          {
            params: request.params as Record<string, string>,
            query: (request.query ?? {}) as Record<string, unknown>,
            body: request.body,
            org,
            grant,
            url: absoluteUrl(request),
          },
          ctx,
        );
        if (write) ctx.store.commit();
        if (plan.dropAfterCommit) return dropConnection(ctx, request, reply, "after-commit");
        reply.code(result.status);
        for (const [name, value] of Object.entries(result.headers ?? {})) reply.header(name, value);
        return result.body === undefined ? reply.send() : reply.send(result.body);
      },
    });
  }
}

function injectedError(plan: Extract<FaultPlan, { kind: "status" }>): WebexError {
  const headers: Record<string, string> = {};
  if (plan.retryAfter !== undefined) headers["Retry-After"] = String(plan.retryAfter);
  if (plan.status === 429) {
    const description = "Too many requests. Retry after the time the Retry-After header gives.";
    return new WebexError(429, description, [{ description, errorCode: ErrorCode.rateLimited }], headers);
  }
  const description = `The service is temporarily unavailable (injected ${plan.status}).`;
  return new WebexError(plan.status, description, [{ description, errorCode: ErrorCode.serviceUnavailable }], headers);
}

/** Destroys the socket without a response, as a lost connection would. */
function dropConnection(ctx: EmulatorContext, request: FastifyRequest, reply: FastifyReply, when: "before-commit" | "after-commit"): FastifyReply {
  logRequest(ctx, request, 0, when);
  reply.hijack();
  request.raw.socket?.destroy();
  return reply;
}

function pathOf(request: FastifyRequest): string {
  return request.url.split("?")[0];
}

function logRequest(ctx: EmulatorContext, request: FastifyRequest, status: number, dropped?: "before-commit" | "after-commit"): void {
  request.emu.logged = true;
  ctx.log.add({
    method: request.method,
    path: pathOf(request),
    query: { ...((request.query ?? {}) as Record<string, string | string[]>) },
    status,
    ...(request.emu.orgId ? { orgId: request.emu.orgId } : {}),
    time: request.emu.time,
    trackingId: request.emu.trackingId,
    ...(request.emu.fault ? { fault: request.emu.fault } : {}),
    ...(dropped ? { dropped } : {}),
  });
}

/** Any error as a Webex error: fastify's own (bad JSON, 415, body too large) keep their status. */
function toWebexError(error: unknown): WebexError {
  if (error instanceof WebexError) return error;
  const status = (error as { statusCode?: number }).statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) {
    const message = (error as Error).message || "Bad request.";
    return new WebexError(status, message, [{ description: message }]);
  }
  return new WebexError(500, "Internal server error.", [{ description: "Internal server error." }]);
}

function newTrackingId(): string {
  return `ROUTER_${randomUUID().toUpperCase()}`;
}

/** Writes a Webex error; also used before the hooks ran (then there is no tracking id yet). */
function sendError(request: FastifyRequest, reply: FastifyReply, err: WebexError): FastifyReply {
  const trackingId = request.emu?.trackingId ?? newTrackingId();
  reply.code(err.status);
  reply.header("TrackingID", trackingId);
  for (const [name, value] of Object.entries(err.headers)) reply.header(name, value);
  return reply.send(errorBody(err, trackingId));
}

/**
 * fastify's `frameworkErrors` option: errors raised before routing (a URL that is not valid
 * percent-encoding) get the Webex shape and a TrackingID too.
 */
export function frameworkErrors(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  sendError(request, reply, toWebexError(error));
}

/**
 * Hooks shared by every route: a TrackingID header on every response (the client's own when it
 * sent one, as Webex does), the request log, Webex-shaped errors, 404/405, and a JSON parser that
 * treats an empty body as no body (clients send `Content-Type: application/json` on DELETE).
 */
export function installPipeline(app: FastifyInstance, ctx: EmulatorContext): void {
  app.decorateRequest("emu", null as unknown as RequestState);
  app.addHook("onRequest", async (request, reply) => {
    const given = request.headers["trackingid"];
    const trackingId = typeof given === "string" && /^[\w.:-]{1,128}$/.test(given) ? given : newTrackingId();
    request.emu = { trackingId, time: new Date().toISOString(), logged: false };
    reply.header("TrackingID", trackingId);
  });
  app.addHook("onResponse", async (request, reply) => {
    if (!request.emu.logged && request.url.startsWith("/v1/")) logRequest(ctx, request, reply.statusCode);
  });

  // JSON only: any other body type is 415, as the service answers.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === "") return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(WebexError.badRequest("The request body is not valid JSON."), undefined);
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const err = toWebexError(error);
    if (err.status >= 500 && !(error instanceof WebexError)) request.log.error(error);
    return sendError(request, reply, err);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request);
    const methods = [...new Set(ctx.routes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
    const err =
      methods.length > 0
        ? new WebexError(405, `Method ${request.method} is not allowed on ${path}.`, undefined, { Allow: methods.join(", ") })
        : new WebexError(404, `No resource at ${path}.`, [{ description: `No resource at ${path}.`, errorCode: ErrorCode.notFound }]);
    return sendError(request, reply, err);
  });
}
