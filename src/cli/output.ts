/**
 * Standard output and error written straight to their file descriptors (`fs.writeSync`) when
 * they are a file, a pipe, a socket or /dev/null. Node's own `process.stdout` is a net socket
 * on a pipe or a socket and a write stream on a file, and making either loads the stream
 * modules (readable, writable, duplex, pipeline...) and for a pipe `net` too: about 3 ms of
 * CPU on a file in a fresh process (30 alternating runs), more on a pipe, for writes Node makes
 * synchronously there anyway. A terminal
 * keeps Node's stream (colours, columns); so does any write that cannot go straight through: a
 * write that would block (a non-blocking pipe a parent left full) or fails (a reader gone:
 * EPIPE) hands its rest, and every later write, to the Node stream, which then waits for the
 * pipe or reports the error as it always did.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';

/** The Node stream a direct output hands over to (`process.stdout`, `process.stderr`). */
export interface OutputStream {
  write(data: string | Uint8Array): boolean;
  once(event: 'drain', listener: () => void): unknown;
  readonly writableLength: number;
}

/** A direct output, shaped as the part of a Node stream the CLI uses. */
export interface DirectOutput {
  /** Writes the whole text; false when the Node stream it handed over to is full (then `once('drain')`). */
  write(text: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
  /** Never a terminal. */
  readonly isTTY: false;
  /** Bytes still waiting to be written (in the Node stream, once handed over). */
  readonly writableLength: number;
}

/** Writes a string, or bytes from an offset, at a file descriptor; returns how many bytes it wrote (`fs.writeSync`). */
export interface WriteFd {
  (fd: number, text: string): number;
  (fd: number, bytes: Uint8Array, offset: number): number;
}

/**
 * Whether a file descriptor is one a direct output serves: a regular file, a pipe, a socket or
 * the null device (a character device that a terminal never is). False for a terminal, a
 * closed descriptor or anything else, which keep Node's stream.
 */
export function writesDirectly(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() || stat.isFIFO() || stat.isSocket()) return true;
    return stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/**
 * An output that writes to `fd` with `write` (looping on partial writes) until a write fails;
 * then the rest of that text and every later one go to the stream `fallback()` makes.
 */
export function directOutput(fd: number, fallback: () => OutputStream, write: WriteFd = writeSync): DirectOutput {
  let stream: OutputStream | undefined;
  const handOver = (rest: string | Uint8Array): boolean => {
    stream = fallback();
    return stream.write(rest);
  };
  return {
    isTTY: false,
    get writableLength() {
      return stream?.writableLength ?? 0;
    },
    once(event, listener) {
      return stream?.once(event, listener);
    },
    write(text) {
      if (stream) return stream.write(text);
      let bytes: Uint8Array | undefined;
      let at = 0;
      try {
        at = write(fd, text);
        if (at === Buffer.byteLength(text)) return true;
        bytes = Buffer.from(text, 'utf8');
        while (at < bytes.length) at += write(fd, bytes, at);
        return true;
      } catch {
        return handOver((bytes ?? Buffer.from(text, 'utf8')).subarray(at));
      }
    },
  };
}
