/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Bulk_OfflineInputs */

const en_bulk_offline = /** @type {(inputs: Bulk_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can change them once connected.`)
};

const de_bulk_offline = /** @type {(inputs: Bulk_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie können sie ändern, sobald die Verbindung besteht.`)
};

const fr_bulk_offline = /** @type {(inputs: Bulk_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous pourrez les modifier une fois connecté.`)
};

/**
* | output |
* | --- |
* | "You can change them once connected." |
*
* @param {Bulk_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_offline = /** @type {((inputs?: Bulk_OfflineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_OfflineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_bulk_offline(inputs)
	if (locale === "fr") return fr_bulk_offline(inputs)
	return en_bulk_offline(inputs)
});