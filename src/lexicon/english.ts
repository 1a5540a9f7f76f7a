/**
 * English content words: tokens, a light lemmatizer (suffix rules plus the common
 * irregular forms of English grammar) and the function words a translation score ignores.
 * The same functions reduce CC-CEDICT glosses at build time and English text at run time,
 * so both sides meet on the same lemmas.
 */
import { memoized } from '../memo.js';

/**
 * Function words of English: articles, pronouns, prepositions, conjunctions, auxiliaries
 * and the commonest adverbs of degree (the closed classes of English grammar).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set((
  'a an the this that these those it its it\'s i me my mine we us our ours you your yours he him his she her hers '
  + 'they them their theirs one ones oneself myself yourself himself herself itself ourselves themselves '
  + 'and or but nor so yet if then than as because while though although whether either neither both '
  + 'of in on at by for with without from to into onto upon about above below over under between among '
  + 'through during before after since until till against along across around behind beyond within via per '
  + 'be am is are was were been being have has had having do does did done doing '
  + 'will would shall should can could may might must ought not no n\'t '
  + 'very too also just only even still quite rather such more most much many some any each every all other '
  + 'what which who whom whose when where why how there here '
  + 'off out up down away back etc sth sb something somebody someone oneself s o e g ie eg'
).split(' '));

/** Irregular past forms, participles and plurals of common English words, with their lemma. */
const IRREGULAR: Record<string, string> = Object.fromEntries((
  'said:say says:say went:go gone:go goes:go saw:see seen:see came:come took:take taken:take made:make '
  + 'knew:know known:know thought:think got:get gotten:get gave:give given:give found:find told:tell '
  + 'felt:feel left:leave heard:hear held:hold stood:stand understood:understand brought:bring bought:buy '
  + 'sat:sit ran:run began:begin begun:begin wrote:write written:write spoke:speak spoken:speak broke:break '
  + 'broken:break fell:fall fallen:fall kept:keep slept:sleep met:meet led:lead paid:pay sent:send spent:spend '
  + 'built:build lost:lose won:win ate:eat eaten:eat drank:drink drunk:drink drove:drive driven:drive rode:ride '
  + 'ridden:ride rose:rise risen:rise flew:fly flown:fly grew:grow grown:grow threw:throw thrown:throw '
  + 'wore:wear worn:wear chose:choose chosen:choose forgot:forget forgotten:forget hid:hide hidden:hide '
  + 'caught:catch taught:teach fought:fight sought:seek sold:sell meant:mean dealt:deal dreamt:dream '
  + 'lay:lie lain:lie laid:lay struck:strike stuck:stick swore:swear sang:sing sung:sing sank:sink '
  + 'shook:shake shaken:shake woke:wake woken:wake bore:bear born:bear borne:bear tore:tear torn:tear '
  + 'became:become men:man women:woman children:child feet:foot teeth:tooth mice:mouse people:person '
  + 'better:good best:good worse:bad worst:bad lit:light fed:feed bled:bleed fled:flee hung:hang '
  + 'shot:shoot bent:bend lent:lend wept:weep swept:sweep crept:creep leapt:leap spat:spit slid:slide '
  + 'bit:bite bitten:bite blew:blow blown:blow drew:draw drawn:draw froze:freeze frozen:freeze stole:steal '
  + 'stolen:steal wives:wife lives:life knives:knife leaves:leaf halves:half selves:self wolves:wolf '
  + 'thieves:thief shelves:shelf'
).split(' ').map((p) => p.split(':') as [string, string]));

const VOWEL = /[aeiouy]/;

/**
 * The lemma of an English word (lower case, `'s` and suffixes stripped):
 * `walked` → `walk`, `stopping` → `stop`, `cities` → `city`, `said` → `say`, `loved` → `lov`.
 * Rules, not a dictionary: forms of one word meet on one stem, which may not be a word.
 */
export const lemma: (word: string) => string = memoized(stemOf);

function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '');
  const irregular = IRREGULAR[w];
  if (irregular) w = irregular;
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed') && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  if (w.length > 5 && w.endsWith('ly') && !w.endsWith('ily')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

function undouble(stem: string): string {
  return /([bdfgklmnprtz])\1$/.test(stem) && !/(?:ll|ss)$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** Words of English text: runs of letters (apostrophes inside), with their offsets. */
export function englishWords(text: string): string[] {
  return text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? [];
}

/** The content lemmas of English text, in order, function words left out. */
export function contentLemmas(text: string): string[] {
  const out: string[] = [];
  const all = englishWords(text);
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per word
  for (let k = 0; k < all.length; k++) {
    const lower = all[k]!.toLowerCase();
    if (STOP_WORDS.has(lower) || lower.length < 2) continue;
    const l = lemma(lower);
    if (!STOP_WORDS.has(l)) out.push(l);
  }
  return out;
}
