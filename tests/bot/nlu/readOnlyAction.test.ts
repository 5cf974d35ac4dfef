import { classificationText } from '../../../bot/nlu/classificationText';
import { asksToChangeReadOnlyData } from '../../../bot/nlu/readOnlyAction';
import { foldText } from '../../../bot/nlu/text/normalize';
import type { Language } from '../../../bot/nlu/types';

const asks = (text: string, language: Language): boolean =>
  asksToChangeReadOnlyData(classificationText(foldText(text), language, []), language);

describe('asksToChangeReadOnlyData', () => {
  it.each<[string, Language]>([
    ['reporte ma livraison à lundi', 'fr'], ['stoppe le prélèvement de mon assurance', 'fr'], ['annule ma commande Fnac', 'fr'],
    ['supprime cette opération', 'fr'], ['return my Zalando parcel', 'en'], ['cancel my order please', 'en'],
    ['can you delete the last transaction', 'en'], ['pas le solde, je veux annuler le virement', 'fr'],
  ])('refuses "%s"', (text, language) => {
    expect(asks(text, language)).toBe(true);
  });

  it.each<[string, Language]>([
    ['où est ma commande', 'fr'], ['mon paiement a été bloqué ?', 'fr'], ['arrête les notifs colis', 'fr'], ['annule', 'fr'],
    ['why was my order cancelled', 'en'], ['stop notifications for my parcels', 'en'], ['stop delivery updates', 'en'], ['delete my data', 'en'],
    ['show my transactions', 'en'],
  ])('leaves "%s" to the classifier', (text, language) => {
    expect(asks(text, language)).toBe(false);
  });
});
