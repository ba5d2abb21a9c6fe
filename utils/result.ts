/** What the core returns instead of throwing across module lines. */
/** `unreachable`: the failure happened before any answer (network, timeout, TLS), so the service decided nothing. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; unreachable?: boolean };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
/** A failure before the other side answered at all (network, timeout, TLS). */
export const failUnreachable = <T = never>(error: string): Result<T> => ({ ok: false, error, unreachable: true });
