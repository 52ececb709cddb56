/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Auto_TextInputs */

const en_help_auto_text = /** @type {(inputs: Help_Auto_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`"Auto-assign relationship" gives a contact back the level the server assigns by itself: Colleagues for people in your organisation, External Contacts for everyone else. Where a contact's level is the one auto-assignment gives, the app says "same as auto-assigned". The server does not say whether you chose that level by hand, so the app does not claim more than that.`)
};

const de_help_auto_text = /** @type {(inputs: Help_Auto_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`„Beziehung automatisch zuweisen“ gibt einem Kontakt die Stufe zurück, die der Server von sich aus vergibt: Kollegen für Personen in Ihrer Organisation, Externe Kontakte für alle anderen. Hat ein Kontakt die Stufe, die die automatische Zuweisung vergibt, zeigt die App „wie automatisch zugewiesen“. Der Server sagt nicht, ob Sie diese Stufe von Hand gewählt haben; daher behauptet die App nicht mehr als das.`)
};

const fr_help_auto_text = /** @type {(inputs: Help_Auto_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`« Attribuer automatiquement la relation » redonne à un contact le niveau que le serveur attribue de lui-même : Collègues pour les personnes de votre organisation, Contacts externes pour tous les autres. Quand le niveau d’un contact est celui que donne l’attribution automatique, l’application indique « identique à l’attribution automatique ». Le serveur ne dit pas si vous avez choisi ce niveau à la main : l’application n’en affirme donc pas davantage.`)
};

/**
* | output |
* | --- |
* | "\"Auto-assign relationship\" gives a contact back the level the server assigns by itself: Colleagues for people in your organisation, External Contacts for eve..." |
*
* @param {Help_Auto_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_auto_text = /** @type {((inputs?: Help_Auto_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Auto_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_auto_text(inputs)
	if (locale === "fr") return fr_help_auto_text(inputs)
	return en_help_auto_text(inputs)
});