/**
 * User-perceived characters (grapheme clusters), so a line break never separates a letter from its
 * combining marks.
 *
 * V8's Intl.Segmenter takes time growing with the square of the string it is given (Node 20:
 * 16,000 characters 0.3 s, 64,000 characters 27 s), so text is segmented a window at a time.
 */
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** UTF-16 code units segmented at once. */
const WINDOW = 256;
/**
 * Letters, digits and signs each of which is a cluster of its own (none combines with a neighbour),
 * through Latin Extended-B: most names, employers and URLs, split without the segmenter.
 */
const SINGLES = /^[\u0020-\u007e\u00a0-\u024f]*$/u;

/** The grapheme clusters of `text`, in order; joined, they give `text` back. */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const window = text.slice(pos, pos + WINDOW);
    const clusters = SINGLES.test(window) ? window.split('') : Array.from(SEGMENTER.segment(window), s => s.segment);
    // The window's last cluster may go on past its end, so it is segmented again with what follows;
    // a single cluster longer than the window (a letter under hundreds of marks) is cut at the window.
    const carried = pos + window.length < text.length && clusters.length > 1 ? (clusters.pop() ?? '') : '';
    for (const c of clusters) out.push(c);
    pos += window.length - carried.length;
  }
  return out;
}
