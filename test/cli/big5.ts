/** Big5 bytes of `text` (Node has a Big5 decoder but no encoder: invert it over the Big5 lead and trail ranges). */
export function encodeBig5(text: string): Buffer {
  const decoder = new TextDecoder('big5');
  const table = new Map<string, number[]>();
  for (let lead = 0xa1; lead <= 0xf9; lead++) {
    for (const [from, to] of [[0x40, 0x7e], [0xa1, 0xfe]] as const) {
      for (let trail = from; trail <= to; trail++) {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = table.get(ch);
    if (code) bytes.push(...code);
    else bytes.push(...Buffer.from(ch));
  }
  return Buffer.from(bytes);
}
