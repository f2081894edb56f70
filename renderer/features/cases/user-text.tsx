const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const POP_ISOLATE = '\u2069';

/**
 * `text` without the pop-isolate marks (U+2069) that close no isolate opened inside it. Such a mark
 * would close the <bdi> around the text, and a right-to-left override after it would then reorder
 * the UI that follows (Chromium does exactly that). Every other character is kept.
 */
export function containedBidi(text: string): string {
  if (!text.includes(POP_ISOLATE)) return text;
  let open = 0;
  let out = '';
  for (const ch of text) {
    if (ISOLATE_OPENERS.has(ch)) open++;
    else if (ch === POP_ISOLATE) {
      if (open === 0) continue;
      open--;
    }
    out += ch;
  }
  return out;
}

/** The first `max` UTF-16 units of `text`, never ending inside a surrogate pair. */
function head(text: string, max: number): string {
  const end = /[\ud800-\udbff]/u.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * Text someone typed or imported (a client's name, a note, an actor), isolated from the interface
 * around it: in a <bdi>, a right-to-left name or a stray override (U+202E) reorders only itself,
 * never the words beside it. React renders it as text, so markup in a name stays visible text.
 * With `max`, longer text (a 1 MB note) shows its beginning and how much more there is, so one
 * huge value cannot make a list slow to lay out.
 */
export function UserText({ children, className, max }: { children: string; className?: string; max?: number }) {
  if (max === undefined || children.length <= max) return <bdi className={className}>{containedBidi(children)}</bdi>;
  const shown = head(children, max);
  return (
    <>
      <bdi className={className}>{containedBidi(shown)}</bdi>
      <span className="muted"> … and {(children.length - shown.length).toLocaleString('en')} more characters</span>
    </>
  );
}
