import type { Loaders, UiModule } from './loaders.js';

/**
 * Loads the UI module once; a failed download is reported once and tried again at the next need. The
 * API keeps working without it.
 */
export function uiLoader(loaders: Loaders): () => Promise<UiModule> {
  let loading: Promise<UiModule> | null = null;
  let warned = false;
  return () =>
    (loading ??= loaders.ui().catch((error) => {
      loading = null;
      if (!warned) console.warn('cookie-charter: the banner could not be loaded; the API keeps working.', error);
      warned = true;
      throw error;
    }));
}
