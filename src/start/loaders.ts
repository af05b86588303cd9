import type { BannerTextsLoader, CharterTextsLoader } from '../charter/texts.js';
import type { Problem } from '../consent/warn.js';
import type { EffectsLoaders } from '../enforcement/effects.js';

/** The UI module (`src/ui/define.ts`): defines `<cookie-charter>` and `<cookie-charter-entry>`. */
export interface UiModule {
  defineUi(): void;
}

/** The explanations of problems (`src/consent/messages.ts`). */
export interface MessagesModule {
  explain(problem: Problem): void;
}

/**
 * Where each part that a page may need later comes from, named: each entry (drop-in, ES module,
 * headless) gives its own, and nothing is downloaded before it is needed. Those that the core's
 * effects load (gated content, the placeholders) are declared with them, in `EffectsLoaders`.
 */
export interface Loaders extends EffectsLoaders {
  /** The banner's UI, when something must be shown. */
  ui(): Promise<UiModule>;
  /** The charter's texts of one language, when the dialog first opens. */
  charterTexts: CharterTextsLoader;
  /** The banner's words of a language other than French and English, beside the UI file. */
  bannerTexts: BannerTextsLoader;
  /** The dialog's module, when it first opens. */
  dialog(): Promise<unknown>;
  /** The explanations of problems, when there is one to explain. */
  messages(): Promise<MessagesModule>;
}
