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

/**
 * The engine prints a failure as "property P value V has a problem: R" and only finds V for
 * top-level properties; for a nested path it prints "{<nil>}". The value goes into the reason then.
 */
export function withNestedValues<F extends { property: string; reason: string }>(failures: F[], inputs: Record<string, unknown>): F[] {
  return failures.map((f) => {
    const nested = /[.[]/.test(f.property);
    const value = nested ? valueAtPath(inputs, f.property) : undefined;
    return value === undefined || typeof value === "object" ? f : { ...f, reason: `${JSON.stringify(value)}: ${f.reason}` };
  });
}

function valueAtPath(root: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((k) => k !== undefined && k !== "")
    .reduce<unknown>((v, key) => (v !== null && typeof v === "object" ? (v as any)[key] : undefined), root);
}
