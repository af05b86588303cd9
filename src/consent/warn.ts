/**
 * Problems in a page's configuration or calls. The core only names them (a code and the values):
 * their explanations live in `messages.ts`, loaded only when there is one, so that visitors of a
 * healthy page never download them.
 */
/**
 * Every problem the widget names, each explained in `messages.ts`: a code that is not one of them does
 * not compile (a type, so it costs the built files nothing).
 */
export type WarningCode =
  | 'expires'
  | 'lang'
  | 'pageLang'
  | 'revision'
  | 'domain'
  | 'category'
  | 'noId'
  | 'id'
  | 'twice'
  | 'exempt'
  | 'exemptDuration'
  | 'exemptLink'
  | 'hosts'
  | 'signal'
  | 'signalName'
  | 'endpoint'
  | 'policy'
  | 'gated'
  | 'unsigned'
  | 'unsignedContent'
  | 'stalled'
  | 'chooseArgument'
  | 'chooseValue'
  | 'chooseName'
  | 'chooseNothing'
  | 'chooseEarly'
  | 'listener'
  | 'push'
  | 'queue'
  | 'unstored'
  | 'tooLarge'
  | 'trustedTypes'
  | 'charterTexts'
  | 'dialog'
  | 'textsJson'
  | 'textName'
  | 'textType'
  | 'threw';

export type Problem = [code: WarningCode, ...values: unknown[]];

const waiting: Problem[] = [];
let explain: ((problem: Problem) => void) | undefined;
let ask: (() => void) | undefined;

/** How a problem is reported: `warn(code, ...values)`, explained in the console by `messages.ts`. */
export type Warn = (...problem: Problem) => void;

export function warn(...problem: Problem): void {
  if (explain) explain(problem);
  else {
    waiting.push(problem);
    ask?.();
  }
}

/** Set by the loader: `explainer` prints problems; `load` fetches the module that holds it. */
export function explainWith(explainer: (problem: Problem) => void): void {
  explain = explainer;
  for (const problem of waiting) explainer(problem);
  waiting.length = 0;
}

export function whenWarned(load: () => void): void {
  ask = load;
  if (waiting.length) load();
}
