/**
 * How fresh a replica must be for this process to read from it: it must have replayed
 * every change this process has heard of. Each invalidation carries the primary's WAL
 * position taken after the change committed (lib/server/cache/cache-bus.ts), so a replica
 * whose replay has reached it shows the change. Reader caches are refilled only by reads
 * made after the invalidation, so a lagging replica can never put an old copy back.
 *
 * Kept on globalThis: the front server (lib/runtime) and Next's bundles hear invalidations
 * on their own connections, and all must raise the same mark.
 */
type Freshness = {
  /** The WAL position every replica read must have replayed, as a number of bytes. */
  needed: bigint;
  /** False until the primary's position is known (at start, and after missed messages). */
  known: boolean;
  /** Bumped when messages may have been missed: a position learned before it is not enough. */
  epoch: number;
  /** Changes made here whose position is not known yet: until then, only the primary. */
  holds: number;
};

const state: Freshness = ((
  globalThis as { galleyReplicaFreshness?: Freshness }
).galleyReplicaFreshness ??= { needed: 0n, known: false, epoch: 0, holds: 0 });

/** PostgreSQL's text form of a WAL position ("16/B374D848") as a number of bytes. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) throw new Error(`not a WAL position: ${text}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** A change reached the primary at `lsn`: replicas must replay that far before serving. */
export function heardLsn(lsn: string | bigint): void {
  const value = typeof lsn === "bigint" ? lsn : parseLsn(lsn);
  if (value > state.needed) state.needed = value;
}

/** Messages may have been missed (a listener reconnected): ask the primary again. */
export function forgetLsn(): void {
  state.known = false;
  state.epoch += 1;
}

/**
 * This process just changed something readers see, and does not know its WAL position
 * yet: reads go to the primary until the returned function is called.
 */
export function holdReplicas(): () => void {
  state.holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    state.holds -= 1;
  };
}

/**
 * The position replicas must have replayed, or null when only the primary will do (a
 * change of ours is in flight, or the position is unknown and `learn` could not tell).
 */
export async function neededLsn(learn: () => Promise<bigint>): Promise<bigint | null> {
  if (state.holds > 0) return null;
  if (!state.known) {
    const epoch = state.epoch;
    try {
      heardLsn(await learn());
    } catch {
      return null;
    }
    if (epoch === state.epoch) state.known = true;
    else return null;
  }
  return state.holds > 0 ? null : state.needed;
}
