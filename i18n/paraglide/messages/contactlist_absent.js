/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_AbsentInputs */

const en_contactlist_absent = /** @type {(inputs: Contactlist_AbsentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your server does not show contact groups to apps.`)
};

const de_contactlist_absent = /** @type {(inputs: Contactlist_AbsentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Server zeigt Apps keine Kontaktgruppen.`)
};

const fr_contactlist_absent = /** @type {(inputs: Contactlist_AbsentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre serveur ne montre pas les groupes de contacts aux applications.`)
};

/**
* | output |
* | --- |
* | "Your server does not show contact groups to apps." |
*
* @param {Contactlist_AbsentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_absent = /** @type {((inputs?: Contactlist_AbsentInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_AbsentInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_absent(inputs)
	if (locale === "fr") return fr_contactlist_absent(inputs)
	return en_contactlist_absent(inputs)
});