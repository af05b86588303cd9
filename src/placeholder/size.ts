/** The embeds whose `width` and `height` attributes give their size. */
const EMBEDS = 'iframe,video,img,embed,object,canvas';

/** The box a template's content will take, as custom properties of its placeholder's styles. */
export type EmbedSize = Partial<Record<'--_display' | '--_width' | '--_max-width' | '--_min-height' | '--_ratio', string>>;

/** A `width` or `height` attribute in CSS pixels ("560", "560px"), or 0 when it is not one. */
function pixels(element: Element | null | undefined, name: string): number {
  const value = element?.getAttribute(name)?.trim() ?? '';
  return /^\d+(\.\d+)?(px)?$/.test(value) ? parseFloat(value) : 0;
}

/**
 * The box that a template's content will take, as far as the content says: the inline `style` of its
 * first element (width, height, aspect-ratio, max-width), or else the `width` and `height` attributes
 * of its first iframe, video, image or other embed (that width, at most 100 %, and that aspect ratio).
 * A height is a minimum, so that the placeholder's words still fit when the visitor zooms in. An
 * embed that comes first is inline, as the placeholder then is, so that both sit in a line alike. Empty
 * when the content says nothing: the placeholder then takes the width of its container.
 */
export function embedSize(template: HTMLTemplateElement): EmbedSize {
  const first = template.content.firstElementChild as HTMLElement | null;
  if (!first) return {};
  const { display, width, height, aspectRatio, maxWidth } = first.style ?? {};
  const inline = first.matches(EMBEDS) && (!display || display.startsWith('inline')) ? 'inline-grid' : '';
  if (width || height || aspectRatio) {
    return { '--_display': inline, '--_width': width, '--_max-width': maxWidth, '--_min-height': height, '--_ratio': aspectRatio };
  }
  const embed = first.matches(EMBEDS) ? first : first.querySelector(EMBEDS);
  const [w, h] = [pixels(embed, 'width'), pixels(embed, 'height')];
  return {
    '--_display': w || h ? inline : '',
    '--_width': w ? `${w}px` : '',
    '--_ratio': w && h ? `${w} / ${h}` : '',
    '--_min-height': !w && h ? `${h}px` : '',
  };
}
