/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Sees_UnknownInputs */

const en_privacy_sees_unknown = /** @type {(inputs: Privacy_Sees_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not say which level applies.`)
};

const de_privacy_sees_unknown = /** @type {(inputs: Privacy_Sees_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat nicht angegeben, welche Stufe gilt.`)
};

const fr_privacy_sees_unknown = /** @type {(inputs: Privacy_Sees_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n'a pas indiqué quel niveau s'applique.`)
};

/**
* | output |
* | --- |
* | "The server did not say which level applies." |
*
* @param {Privacy_Sees_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_unknown = /** @type {((inputs?: Privacy_Sees_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_sees_unknown(inputs)
	if (locale === "fr") return fr_privacy_sees_unknown(inputs)
	return en_privacy_sees_unknown(inputs)
});