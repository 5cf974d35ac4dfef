import { withoutMarkup } from '../../../bot/nlu/text/markup';
import { withoutOpeningGreeting } from '../../../bot/nlu/text/openingGreeting';
import { withSmsSpellingsWritten } from '../../../bot/nlu/text/smsSpellings';
import { foldText } from '../../../bot/nlu/text/normalize';

describe('the message as the recognizer reads it', () => {
  it.each([
    ['<script>alert(1)</script> solde', '  solde'],
    ['<b>mes</b> <i>opérations</i>', ' mes   opérations '],
    ['<img src=x onerror=alert(1)> **gras** [lien](javascript:alert(1)) solde', '   gras   lien  solde'],
    ['`balance` please', ' balance  please'],
    ['<style>p { color: red }</style>', ' '],
    ['<script>never closed', ' '],
  ])('markup is stripped, its words kept: %j', (text, plain) => {
    expect(withoutMarkup(text)).toBe(plain);
  });

  it('a comparison with "<" or ">" is no tag', () => {
    expect(withoutMarkup('payments < 50 and > 10')).toBe('payments < 50 and > 10');
  });

  it.each([
    ['cmb g depenc ojourdui', "combien j'ai depense aujourd'hui"],
    ['bjr kel est mon solde', 'bonjour quel est mon solde'],
    ['sa va', 'ca va'],
    ['sa carte', 'sa carte'],
    ["c'est combien", "c'est combien"],
    ['hw mch did u spnd 2day', 'how much did you spend today'],
    ['cb', 'cb'],
    ['combien ds le la svp', 'combien ds le la svp'],
  ])('SMS spellings are written out as whole words: %j', (folded, written) => {
    expect(withSmsSpellingsWritten(folded)).toBe(written);
  });

  it.each([
    ["salut ca va ? combien j'ai depense aujourd'hui", "combien j'ai depense aujourd'hui"],
    ['hey how are you, what did i spend today', 'what did i spend today'],
    ['good morning my balance please', 'my balance please'],
    ['comment allez vous ? mes operations', 'mes operations'],
    ['bonjour le bot, mon solde', 'mon solde'],
  ])('a greeting in front of a request gives way to it: %j', (folded, request) => {
    expect(withoutOpeningGreeting(foldText(folded))).toBe(request);
  });

  it.each(['bonjour', 'salut ca va ?', 'hi, how are you?', 'hello!', 'bonjour bot', 'hi there', 'salut toi'])('a greeting alone stays the greeting: %j', (folded) => {
    expect(withoutOpeningGreeting(folded)).toBe(folded);
  });
});
