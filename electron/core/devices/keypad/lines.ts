/**
 * Cuts a serial byte stream into lines at LF, dropping a CR before it, so `\n` and `\r\n` keypads both work.
 * A line over `maxBytes` is not buffered: its bytes are dropped up to the next LF and it comes out as null, so
 * noise without line ends never grows memory and still gets one answer.
 */
export function createLineSplitter(maxBytes: number) {
  let parts: Buffer[] = [];
  let length = 0;
  let overlong = false;

  function keep(part: Buffer) {
    if (overlong || part.length === 0) return;
    length += part.length;
    // One byte more than the limit may be the CR of a line that fits.
    if (length > maxBytes + 1) {
      overlong = true;
      parts = [];
    } else {
      parts.push(part);
    }
  }

  function finish(): string | null {
    const bytes = Buffer.concat(parts);
    const line = bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes;
    const result = overlong || line.length > maxBytes ? null : line.toString('latin1');
    parts = [];
    length = 0;
    overlong = false;
    return result;
  }

  return {
    /** The lines this chunk completes, in order; a partial line waits for the next chunk. */
    push(chunk: Buffer): (string | null)[] {
      const lines: (string | null)[] = [];
      let start = 0;
      for (let lf = chunk.indexOf(0x0a); lf !== -1; lf = chunk.indexOf(0x0a, start)) {
        keep(chunk.subarray(start, lf));
        lines.push(finish());
        start = lf + 1;
      }
      keep(chunk.subarray(start));
      return lines;
    },
  };
}
