/** The embeds whose `width` and `height` attributes give their size. */
const EMBEDS = 'iframe,video,img,embed,object,canvas';

/** The box a template's content will take, as custom properties of its placeholder's styles. */
export type EmbedSize = Partial<Record<'--_display' | '--_width' | '--_max-width' | '--_min-height' | '--_ratio', string>>;

/** A `width` or `height` attribute as CSS ("560" and "560px" are 560px, "100%" stays so), or '' when it is neither. */
function attribute(element: Element | null | undefined, name: string): string {
  const value = element?.getAttribute(name)?.trim() ?? '';
  return /^\d+(\.\d+)?(px)?$/.test(value) ? `${parseFloat(value)}px` : /^\d+(\.\d+)?%$/.test(value) ? value : '';
}

/**
 * The box that a template's content will take, as far as the content says, so that the page does not
 * move when the content takes the placeholder's place:
 * - a wrapper of no height whose padding gives its height in % of its width (the usual 16:9 one): that ratio;
 * - else its first element's inline `style` (width, height, aspect-ratio, max-width), completed by the
 *   `width` and `height` attributes of its first iframe, video, image or other embed where the style
 *   says nothing of them: a width in pixels or in %, and a height;
 * - two attributes in pixels, and no style of width or height: that width, at most 100 %, and that
 *   aspect ratio.
 * A height is a minimum, so that the placeholder's words still fit when the visitor zooms in. An embed
 * that comes first is inline, as the placeholder then is, so that both sit in a line alike. Empty when
 * the content says nothing: the placeholder then takes the width of its container.
 */
export function embedSize(template: HTMLTemplateElement): EmbedSize {
  const first = template.content.firstElementChild as HTMLElement | null;
  if (!first) return {};
  const { display, width, height, aspectRatio, maxWidth, paddingBottom, paddingTop } = first.style ?? {};
  const inline = first.matches(EMBEDS) && (!display || display.startsWith('inline')) ? 'inline-grid' : '';
  const padding = paddingBottom || paddingTop;
  if (/^0(px)?$/.test(height) && /^\d+(\.\d+)?%$/.test(padding ?? '') && parseFloat(padding) > 0)
    return { '--_display': inline, '--_width': width || '100%', '--_ratio': `100 / ${parseFloat(padding)}` };
  const embed = first.matches(EMBEDS) ? first : first.querySelector(EMBEDS);
  const [w, h] = [attribute(embed, 'width'), attribute(embed, 'height')];
  const ratio = aspectRatio || (!width && !height && w.endsWith('px') && h.endsWith('px') ? `${parseFloat(w)} / ${parseFloat(h)}` : '');
  const boxWidth = width || w;
  const boxHeight = ratio ? '' : height || h;
  if (!boxWidth && !boxHeight && !ratio) return {};
  return { '--_display': inline, '--_width': boxWidth, '--_max-width': maxWidth, '--_min-height': boxHeight, '--_ratio': ratio };
}
