/**
 * The admin path `/_emulator`: no bearer token (it is only reachable on loopback). Tests and
 * benchmarks use it to set faults at run time, read the request log, reset to the seed and dump
 * the state.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { EmulatorContext } from "../http";
import { NO_FAULTS, resolveFaults } from "../faults";

export const ADMIN_PREFIX = "/_emulator";

function badRequest(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(400).send({ message });
}

export function registerAdminRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get(ADMIN_PREFIX, async (request) => ({
    baseUrl: `${request.protocol}://${request.host}/v1`,
    quirks: ctx.quirks,
    behaviour: ctx.behaviour,
    faults: ctx.faults.current,
    organizations: ctx.store.organizations.map((o) => ({ id: o.id, name: o.name })),
  }));

  app.get(`${ADMIN_PREFIX}/faults`, async () => ctx.faults.current);

  /** Merges the given settings over the current ones; `script` replaces the queue; a `seed`
   * restarts the random sequence. */
  app.put(`${ADMIN_PREFIX}/faults`, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    try {
      ctx.faults.set(resolveFaults(body, ctx.faults.current), typeof body === "object" && "seed" in body);
    } catch (err) {
      return badRequest(reply, (err as Error).message);
    }
    return ctx.faults.current;
  });

  app.delete(`${ADMIN_PREFIX}/faults`, async (_request, reply) => {
    ctx.faults.reset({ ...NO_FAULTS, script: [] });
    return reply.code(204).send();
  });

  app.get(`${ADMIN_PREFIX}/requests`, async () => ({ requests: ctx.log.list() }));

  app.delete(`${ADMIN_PREFIX}/requests`, async (_request, reply) => {
    ctx.log.clear();
    return reply.code(204).send();
  });

  /** Back to the seed: state, request log, quota windows and the start-up faults. */
  app.post(`${ADMIN_PREFIX}/reset`, async (_request, reply) => {
    ctx.store.reset();
    ctx.log.clear();
    ctx.faults.reset(ctx.startFaults);
    return reply.code(204).send();
  });

  app.get(`${ADMIN_PREFIX}/state`, async () => ctx.store.dump());

  /** Marks a mode as used by features (auto attendants, ...), to exercise deleteModeInUse. */
  app.put<{ Params: { modeId: string } }>(`${ADMIN_PREFIX}/modes/:modeId/usage`, async (request, reply) => {
    const body = request.body as { usedBy?: unknown } | undefined;
    const usedBy = body?.usedBy;
    if (!Array.isArray(usedBy) || !usedBy.every((u) => typeof u === "string")) {
      return badRequest(reply, "Body must be {\"usedBy\": [\"feature name\", ...]}.");
    }
    const mode = ctx.store.findModeAnywhere(request.params.modeId);
    if (!mode) return reply.code(404).send({ message: "No such operating mode." });
    if (usedBy.length > 0) mode.usedBy = usedBy as string[];
    else delete mode.usedBy;
    ctx.store.commit();
    return reply.code(204).send();
  });
}
