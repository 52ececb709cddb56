/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Read_OnlyInputs */

const en_privacy_read_only = /** @type {(inputs: Privacy_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not let you change this relationship.`)
};

const de_privacy_read_only = /** @type {(inputs: Privacy_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server lässt Sie diese Beziehung nicht ändern.`)
};

const fr_privacy_read_only = /** @type {(inputs: Privacy_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne vous permet pas de modifier cette relation.`)
};

/**
* | output |
* | --- |
* | "The server does not let you change this relationship." |
*
* @param {Privacy_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_read_only = /** @type {((inputs?: Privacy_Read_OnlyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Read_OnlyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_read_only(inputs)
	if (locale === "fr") return fr_privacy_read_only(inputs)
	return en_privacy_read_only(inputs)
});