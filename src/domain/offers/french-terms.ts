// How words of offers and of searches are compared, as a French reader expects: no case, no
// accents or ligatures, elisions dropped (« l'hôpital » is « hôpital »), plurals folded into the
// singular (« maisons », « locaux » find « maison », « local »), common abbreviations expanded
// (« st » is « saint »), and words that carry no meaning in a search (« de », « la »…) ignored.
// Used on both sides (indexing and searching), so the folding only has to be consistent. Pure.

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

const STOP_WORDS = new Set(
  'a au aux avec ce ces d dans de des du en et j l la le les m n ou par pour qu s sur t un une'.split(' '),
);

/** Lower case without accents or ligatures. */
const plain = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');

/** The singular of a regular plural; short words and numbers (« t4 », « bus ») are kept. */
function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  if (word.endsWith('s') || word.endsWith('x')) return word.slice(0, -1);
  return word;
}

/** The word as compared, or null for a word a search ignores. */
export function frenchTerm(word: string): string | null {
  const folded = plain(word).replace(/[^a-z0-9]/g, '');
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  return singular(ABBREVIATIONS[folded] ?? folded);
}

/** Words of a text: split on spaces, punctuation, hyphens and apostrophes (elisions). */
export const frenchWords = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
