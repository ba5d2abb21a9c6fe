/**
 * What the core returns instead of throwing across module lines. A failure carries its English
 * text (`error`) and, where the core says it as a code (utils/protocol/problem.ts), the `problem` that
 * pages and the background translate with tProblem (utils/i18n.ts).
 * `unreachable`: the failure happened before any answer (network, timeout, TLS), so the service decided nothing.
 */
import { english, problem as makeProblem, type Problem, type ProblemCode, type ProblemParam } from './problem';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string; problem?: Problem; unreachable?: boolean };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
/** A failure as a code with parameters; `error` is its English text. */
export const failWith = <T = never>(code: ProblemCode, ...params: ProblemParam[]): Result<T> => failProblem(makeProblem(code, ...params));
export const failProblem = <T = never>(p: Problem): Result<T> => ({ ok: false, error: english(p), problem: p });
/** A failure before the other side answered at all (network, timeout, TLS). */
export const failUnreachable = <T = never>(error: string): Result<T> => ({ ok: false, error, unreachable: true });
export const failUnreachableWith = <T = never>(p: Problem): Result<T> => ({ ok: false, error: english(p), problem: p, unreachable: true });

/** The problem of a failure: its code, or its English text as a plain parameter when it has none yet. */
export function problemOf(failure: { error: string; problem?: Problem }): Problem | string {
  return failure.problem ?? failure.error;
}
