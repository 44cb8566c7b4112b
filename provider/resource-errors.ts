// Helpers shared by both providers for the edges of the provider contract.

const PROVIDER_KEY = "__provider";

/** The inputs or outputs without the serialized provider that the engine adds to them. */
export function withoutProvider(props: Record<string, any>): Record<string, any> {
  const { [PROVIDER_KEY]: _ignored, ...rest } = props ?? {};
  return rest;
}

/**
 * An error that tells the engine the object exists although create failed after making it, so it
 * stays in state (and a later `pulumi up` updates it or `destroy` removes it) instead of leaking.
 */
export function createdButFailed(cause: unknown, id: string, properties: Record<string, unknown>): Error {
  const message = cause instanceof Error ? cause.message : String(cause);
  return Object.assign(new Error(`created ${id} but could not finish: ${message}`), {
    id,
    properties,
    reasons: [message],
  });
}
