/**
 * A failure as a code with parameters, so each page and the background can say it in the
 * user's language. The code is a message name in public/_locales/<lang>/messages.json; its
 * English text there is the reference wording (the README's Protocol section quotes it), and
 * `english()` fills it in for logs and tests. Pure: no browser APIs (the translation itself is
 * utils/i18n.ts's `tProblem`).
 *
 * A number parameter is written as the user's language writes numbers (8,192 / 8.192 / 8 192).
 * A parameter may itself be a problem (a reason inside a sentence, e.g. why an Account XML
 * cannot be imported): it is put into words first.
 */
import en from '../../public/_locales/en/messages.json';

export type ProblemCode = keyof typeof en;
export type ProblemParam = string | number | Problem;

export interface Problem {
  code: ProblemCode;
  params: ProblemParam[];
}

export function problem(code: ProblemCode, ...params: ProblemParam[]): Problem {
  return { code, params };
}

const messages: Record<string, { message: string }> = en;

/** A message with `$1`..`$9` filled in as browser.i18n.getMessage does (`$$` is a literal `$`). */
export function fillMessage(message: string, params: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (params[Number(which) - 1] ?? '')));
}

/** The problem in English, the reference wording; numbers written as English writes them (8,192). */
export function english(p: Problem): string {
  const say = (param: ProblemParam) =>
    typeof param === 'object' ? english(param) : typeof param === 'number' ? param.toLocaleString('en') : param;
  return fillMessage(messages[p.code]?.message ?? p.code, p.params.map(say));
}
