// A create that never makes a duplicate. A POST whose answer was lost may or may not have created
// the object: it is never replayed blindly. The object is looked up first; only when it is not there
// is the POST sent again.

export interface CreateOnceSteps<T> {
  post: () => Promise<string>;
  /** Finds the object the lost POST may have created. */
  lookup: () => Promise<T | undefined>;
  /** Takes over what the lookup found; returns its id. */
  adopt: (found: T) => Promise<string>;
  /** What to check by hand when even the lookup fails, e.g. `a mode named "X" exists`. */
  whatToCheck: string;
  isAmbiguous: (e: unknown) => boolean;
  attempts?: number;
}

export async function createOnce<T>(steps: CreateOnceSteps<T>): Promise<string> {
  const attempts = steps.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await steps.post();
    } catch (e) {
      if (!steps.isAmbiguous(e)) throw e;
      const message = e instanceof Error ? e.message : String(e);
      let found: T | undefined;
      try {
        found = await steps.lookup();
      } catch (lookup) {
        throw new Error(
          `${message}. The create may have happened, and looking it up failed too (${(lookup as Error).message}): ` +
            `check whether ${steps.whatToCheck}; if so, add adopt: { byName: true } and run again.`,
        );
      }
      if (found !== undefined) return steps.adopt(found);
      if (attempt >= attempts) throw new Error(`${message} (${attempt} creates lost their answer and none was made; try again later)`);
    }
  }
}
