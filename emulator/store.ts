/**
 * The emulator's state: organisations (with their locations, numbers and operating modes) and
 * tokens. Handlers validate first and mutate second, then call `commit()`, which writes the whole
 * state to the persist file (when there is one) so that a restart loses nothing.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { canonicalId } from "./ids";
import { EmulatorState, PERSIST_FORMAT, PersistedState } from "./seed";
import { OperatingMode, Organization, TokenGrant } from "./types";

export class Store {
  private state: EmulatorState;

  /**
   * @param initial builds the start state (from the seed); called again by `reset()`.
   * @param persistFile when set, the state is loaded from it if it exists and written after each change.
   * @param extraTokens tokens added by options (not part of the seed, not persisted).
   */
  constructor(
    private readonly initial: () => EmulatorState,
    private readonly persistFile: string | undefined,
    private readonly extraTokens: TokenGrant[] = [],
  ) {
    this.state = persistFile && existsSync(persistFile) ? loadPersisted(persistFile) : initial();
    this.commit();
  }

  get organizations(): readonly Organization[] {
    return this.state.organizations;
  }

  org(orgId: string): Organization | undefined {
    return this.state.organizations.find((o) => o.id === orgId);
  }

  grant(token: string): TokenGrant | undefined {
    return this.extraTokens.find((t) => t.token === token) ?? this.state.tokens.find((t) => t.token === token);
  }

  /** A mode of `org` by any spelling of its id; never one of another organisation. */
  findMode(org: Organization, modeId: string): OperatingMode | undefined {
    const id = canonicalId(modeId, "OPERATING_MODE");
    return id === undefined ? undefined : org.operatingModes.find((m) => m.id === id);
  }

  /** A mode of any organisation (for the admin path only). */
  findModeAnywhere(modeId: string): OperatingMode | undefined {
    for (const org of this.state.organizations) {
      const mode = this.findMode(org, modeId);
      if (mode) return mode;
    }
    return undefined;
  }

  addMode(org: Organization, mode: OperatingMode): void {
    org.operatingModes.push(mode);
  }

  removeMode(org: Organization, modeId: string): void {
    org.operatingModes = org.operatingModes.filter((m) => m.id !== modeId);
  }

  /** Persists the current state. Written to a temporary file and renamed, so a crash mid-write
   * never leaves a truncated state behind. */
  commit(): void {
    if (!this.persistFile) return;
    mkdirSync(dirname(this.persistFile), { recursive: true });
    const tmp = `${this.persistFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.dump(), null, 2));
    renameSync(tmp, this.persistFile);
  }

  /** Back to the seed (also written to the persist file). */
  reset(): void {
    this.state = this.initial();
    this.commit();
  }

  dump(): PersistedState {
    return { format: PERSIST_FORMAT, ...structuredClone(this.state) };
  }
}

function loadPersisted(file: string): EmulatorState {
  let data: Partial<PersistedState>;
  try {
    data = JSON.parse(readFileSync(file, "utf8")) as Partial<PersistedState>;
  } catch (err) {
    throw new Error(`Cannot read emulator state ${file}: ${(err as Error).message}`);
  }
  if (data.format !== PERSIST_FORMAT || !Array.isArray(data.organizations) || !Array.isArray(data.tokens)) {
    throw new Error(`${file} is not an emulator state file (expected format "${PERSIST_FORMAT}"). Delete it or pick another --persist path.`);
  }
  return { organizations: data.organizations, tokens: data.tokens };
}
