/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Delegators_AreInputs */

const en_help_delegators_are = /** @type {(inputs: Help_Delegators_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` are those whose calls you answer. A call on behalf of one of them names them. Skype for Business sets both: the server offers apps no way to change delegates, so this app shows them but cannot add or remove one.`)
};

const de_help_delegators_are = /** @type {(inputs: Help_Delegators_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, sind diejenigen, deren Anrufe Sie annehmen. Ein Anruf im Namen einer dieser Personen nennt sie. Beides legt Skype for Business fest: Der Server bietet Apps keine Möglichkeit, Stellvertretungen zu ändern; diese App zeigt sie daher an, kann aber keine hinzufügen oder entfernen.`)
};

const fr_help_delegators_are = /** @type {(inputs: Help_Delegators_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` : celles dont vous prenez les appels. Un appel passé au nom de l’une d’elles la nomme. Skype for Business définit les deux : le serveur n’offre aux applications aucun moyen de modifier les délégués ; cette application les affiche donc, mais ne peut ni en ajouter ni en retirer.`)
};

/**
* | output |
* | --- |
* | "are those whose calls you answer. A call on behalf of one of them names them. Skype for Business sets both: the server offers apps no way to change delegates..." |
*
* @param {Help_Delegators_AreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegators_are = /** @type {((inputs?: Help_Delegators_AreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Delegators_AreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_delegators_are(inputs)
	if (locale === "fr") return fr_help_delegators_are(inputs)
	return en_help_delegators_are(inputs)
});