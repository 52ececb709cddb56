/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_Status_UnknownInputs */

const en_groups_status_unknown = /** @type {(inputs: Groups_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`status not known yet`)
};

const de_groups_status_unknown = /** @type {(inputs: Groups_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status noch nicht bekannt`)
};

const fr_groups_status_unknown = /** @type {(inputs: Groups_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`statut pas encore connu`)
};

/**
* | output |
* | --- |
* | "status not known yet" |
*
* @param {Groups_Status_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_status_unknown = /** @type {((inputs?: Groups_Status_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Status_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_status_unknown(inputs)
	if (locale === "fr") return fr_groups_status_unknown(inputs)
	return en_groups_status_unknown(inputs)
});