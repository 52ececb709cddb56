/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presence_UnknownInputs */

const en_presence_unknown = /** @type {(inputs: Presence_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presence unknown`)
};

const de_presence_unknown = /** @type {(inputs: Presence_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status unbekannt`)
};

const fr_presence_unknown = /** @type {(inputs: Presence_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Statut inconnu`)
};

/**
* | output |
* | --- |
* | "Presence unknown" |
*
* @param {Presence_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_unknown = /** @type {((inputs?: Presence_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_presence_unknown(inputs)
	if (locale === "fr") return fr_presence_unknown(inputs)
	return en_presence_unknown(inputs)
});