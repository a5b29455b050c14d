/**
 * Short, common, easy-to-spell English words (256 of them: 8 bits each). Six words
 * give 48 bits, multiplied by Argon2id's cost per guess.
 */
const WORDS = `able acid aged also area army away baby back ball band bank base bath bean bear
beat bell belt best bird blue boat body bone book boot bowl box bread brick bus cake calm
camp card care cart cat cave chair chalk cheek chess city clay cliff clock cloud coat coin
cook corn cow crab cup dance deer desk dish dog door dove dream drum duck dust eagle earth
east echo egg fact farm fern field fig film fish flag flat flute foam fog fork fox frog
fruit game garden gate gift glass globe goat gold grape grass green hall hand harp hat hawk
heart hill home honey hook horse house ice ink iron jam jar jelly joke juice kettle key kite
knee lake lamp leaf lemon light lily lime lion list lunch map maple market melon milk mint
moon moss mouse mud music nest net nose note oak ocean olive onion orange owl page palm
panda paper park pear pen pepper piano pie pig pillow pine plant plum pond pool rain river
road robin rock roof rope rose salt sand scarf sea seed sheep shell ship shoe silk sky snow
sock sofa song soup spoon star stone storm sugar sun swan table tea tent tiger toast tomato
tower town toy train tree tulip van vase wall water wave whale wheat wind window wing wolf
wood wool yard yarn zebra zinc
island jungle ladder meadow mitten noodle orbit parcel
pebble pocket puzzle quilt rabbit saddle shadow silver spider summer sunset thunder velvet
violet wagon walnut winter`
  .split(/\s+/)
  .filter(Boolean);

/** A random passphrase of `count` words from the list, chosen with the platform CSPRNG. */
export function suggestPassphrase(count = 6, random = crypto): string {
  const picks = new Uint32Array(count);
  random.getRandomValues(picks);
  // 2^32 is a multiple of 256 (the list size), so `% length` has no bias.
  return [...picks].map((n) => WORDS[n % WORDS.length]).join(' ');
}

/** How many distinct words the generator draws from (tested to stay a power of two). */
export const SUGGESTION_WORD_COUNT = new Set(WORDS).size;
