import { createOnce } from "../../provider/create-once";

class Lost extends Error {
  ambiguous = true;
}

/** Scripted steps that record what was called, in order. */
function scripted(posts: (string | Error)[], lookups: (string | undefined | Error)[]) {
  const calls: string[] = [];
  const steps = {
    post: async () => {
      calls.push("POST");
      const next = posts.shift();
      if (next instanceof Error) throw next;
      return next!;
    },
    lookup: async () => {
      calls.push("LOOKUP");
      const next = lookups.shift();
      if (next instanceof Error) throw next;
      return next;
    },
    adopt: async (found: string) => (calls.push(`ADOPT ${found}`), found),
    whatToCheck: 'a mode named "Hours" exists',
    isAmbiguous: (e: unknown) => e instanceof Lost,
  };
  return { steps, calls };
}

test("a lost answer whose object exists is adopted, not created again", async () => {
  const { steps, calls } = scripted([new Lost("no response")], ["id-1"]);
  await expect(createOnce(steps)).resolves.toBe("id-1");
  expect(calls).toEqual(["POST", "LOOKUP", "ADOPT id-1"]);
});

test("a lost answer whose object is absent is posted again, as often as it takes within the attempts", async () => {
  const { steps, calls } = scripted([new Lost("a"), new Lost("b"), "id-3"], [undefined, undefined]);
  await expect(createOnce(steps)).resolves.toBe("id-3");
  expect(calls).toEqual(["POST", "LOOKUP", "POST", "LOOKUP", "POST"]);
});

test("after the last attempt the error says that nothing was made", async () => {
  const { steps, calls } = scripted([new Lost("x"), new Lost("y")], [undefined, undefined]);
  await expect(createOnce({ ...steps, attempts: 2 })).rejects.toThrow(/2 creates lost their answer and none was made/);
  expect(calls).toEqual(["POST", "LOOKUP", "POST", "LOOKUP"]);
});

test("a failed lookup tells the user what to check and how to adopt", async () => {
  const { steps } = scripted([new Lost("no response (ECONNRESET)")], [new Error("HTTP 500")]);
  await expect(createOnce(steps)).rejects.toThrow(/ECONNRESET.*HTTP 500.*a mode named "Hours" exists.*adopt: \{ byName: true \}/);
});

test("an error that is an answer (e.g. 409) is thrown at once, without a lookup", async () => {
  const { steps, calls } = scripted([new Error("HTTP 409")], []);
  await expect(createOnce(steps)).rejects.toThrow("HTTP 409");
  expect(calls).toEqual(["POST"]);
});
