import type { Lexicon } from '../../lexicon/load.js';
import { beadCost, wordEvidence, type LengthModel } from './bead-cost.js';
import type { CostProfile } from './costs.js';
import type { Link } from './search.js';
import { anyPartnerless, indexInStream, ownersOf, type Item } from './streams.js';

/** How much cheaper than the paragraph's link plus its leftover alone the joined link must be. */
const JOIN_MARGIN = 1;
/** Most share of the paragraph's length (in English characters) that the first half of its translation renders. */
const PART_MAX = 0.75;
/** Most characters of a caption, English and Chinese. */
const CAPTION_MAX = { en: 220, zh: 80 };

/**
 * Joins the two parts of a paragraph's translation that an image caption cuts in two. Pages set
 * a photo and its caption, in both languages, where it falls in the text: sometimes inside the
 * translation of a paragraph (`EN paragraph`, `ZH first half`, `EN caption`, `ZH caption`,
 * `ZH second half`). A monotonic search links the paragraph with the first half, the captions
 * with each other, and leaves the second half alone; the right links cross. A partnerless block
 * right after such a caption link (the caption's two languages standing side by side, or each right
 * after the paragraph's part in its stream, as in two files of one language each; shorter than the two halves) whose stream predecessor's predecessor ends a 1-1 link with a block
 * standing before the caption joins that link when the joined link (weighed alone, as a
 * 1-2 or 2-1 bead: length, anchors, words) costs clearly less than the link and the leftover
 * alone. Work is constant per partnerless block.
 */
export function joinAroundCaptions(
  links: Link[], en: Item[], zh: Item[], profile: CostProfile, length: LengthModel, lexicon: Lexicon | undefined,
): Link[] {
  if (!anyPartnerless(links)) return links;
  const owner = ownersOf(links);
  const at = indexInStream(en, zh);
  const dropped = new Set<Link>();
  for (const alone of links) {
    if (alone.en.length + alone.zh.length !== 1 || dropped.has(alone)) continue;
    const zhSide = alone.zh.length === 1;
    const x = (zhSide ? alone.zh[0] : alone.en[0])!;
    if (x.signals.boilerplate) continue;
    const stream = zhSide ? zh : en;
    const k = at.get(x) ?? -1;
    const caption = stream[k - 1];
    const part = stream[k - 2];
    if (k < 2 || !caption || !part) continue;
    const captionLink = owner.get(caption)!;
    const paragraphLink = owner.get(part)!;
    if (captionLink.en.length !== 1 || captionLink.zh.length !== 1 || paragraphLink === captionLink || dropped.has(paragraphLink)) continue;
    const mine = zhSide ? paragraphLink.zh : paragraphLink.en;
    const theirs = zhSide ? paragraphLink.en : paragraphLink.zh;
    if (mine.length !== 1 || theirs.length !== 1) continue;
    const other = (zhSide ? captionLink.en[0] : captionLink.zh[0])!;
    const source = theirs[0]!;
    const enCaption = zhSide ? other : caption;
    const zhCaption = zhSide ? caption : other;
    // The captions stand side by side (interleaved), or each right after the paragraph's part in
    // its own stream (grouped), and before the leftover.
    const otherStream = zhSide ? en : zh;
    const sideBySide = Math.abs(caption.position - other.position) === 1;
    if (!sideBySide && otherStream[(at.get(source) ?? -2) + 1] !== other) continue;
    if (part.position > caption.position || source.position > other.position || x.position < Math.max(caption.position, other.position)) continue;
    if (enCaption.signals.length > CAPTION_MAX.en || zhCaption.signals.length > CAPTION_MAX.zh) continue;
    // A caption is short beside the paragraph, whose first half alone renders visibly less than
    // it (lines of subtitles or dialogue, all short, are no captions and no halves).
    const sourceLength = zhSide ? source.signals.length : source.signals.length * length.ratio;
    const partLength = zhSide ? part.signals.length * length.ratio : part.signals.length;
    const enCaptionLength = enCaption.signals.length;
    if (caption.cued || x.cued || enCaptionLength * 2 > sourceLength || partLength > sourceLength * PART_MAX) continue;
    if (caption.signals.length >= x.signals.length + part.signals.length) continue;
    const e = zhSide ? [source] : [part, x];
    const z = zhSide ? [part, x] : [source];
    const evidence = lexicon ? wordEvidence(e, z, lexicon) : undefined;
    const cost = beadCost({ en: e, zh: z, profile, length, interleaved: false, ...(evidence ? { evidence } : {}) });
    const joined = cost(0, e.length, 0, z.length);
    const apart = zhSide ? cost(0, 1, 0, 1) + cost(0, 0, 1, 1) : cost(0, 1, 0, 1) + cost(1, 1, 0, 0);
    if (!(joined < apart - JOIN_MARGIN)) continue;
    mine.push(x);
    paragraphLink.score = Math.min(paragraphLink.score, 1 / (1 + Math.exp(joined - apart)));
    dropped.add(alone);
  }
  return dropped.size ? links.filter((l) => !dropped.has(l)) : links;
}
