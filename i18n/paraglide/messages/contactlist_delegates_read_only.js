/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_Delegates_Read_OnlyInputs */

const en_contactlist_delegates_read_only = /** @type {(inputs: Contactlist_Delegates_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delegates are set in Skype for Business or Outlook: the server offers apps no way to change them.`)
};

const de_contactlist_delegates_read_only = /** @type {(inputs: Contactlist_Delegates_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stellvertretungen werden in Skype for Business oder Outlook festgelegt: Der Server bietet Apps keine Möglichkeit, sie zu ändern.`)
};

const fr_contactlist_delegates_read_only = /** @type {(inputs: Contactlist_Delegates_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les délégués se définissent dans Skype for Business ou Outlook : le serveur n’offre aux applications aucun moyen de les modifier.`)
};

/**
* | output |
* | --- |
* | "Delegates are set in Skype for Business or Outlook: the server offers apps no way to change them." |
*
* @param {Contactlist_Delegates_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_delegates_read_only = /** @type {((inputs?: Contactlist_Delegates_Read_OnlyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Delegates_Read_OnlyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_delegates_read_only(inputs)
	if (locale === "fr") return fr_contactlist_delegates_read_only(inputs)
	return en_contactlist_delegates_read_only(inputs)
});