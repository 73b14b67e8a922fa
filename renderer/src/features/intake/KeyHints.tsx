/** A key as written on screen, and what it does. */
export type KeyHint = readonly [key: string, label: string];

/** Shortcut hints where the clerk works with the keys, so nobody has to learn them from a manual. */
export function KeyHints({ hints, label }: { hints: readonly KeyHint[]; label: string }) {
  return (
    <span className="intake-keys" role="note" aria-label={label}>
      {hints.map(([key, text]) => (
        <span key={key}>
          <kbd>{key}</kbd>
          {text}
        </span>
      ))}
    </span>
  );
}
