/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_OfflineInputs */

const en_privacy_offline = /** @type {(inputs: Privacy_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can change it again once connected.`)
};

const de_privacy_offline = /** @type {(inputs: Privacy_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie können sie wieder ändern, sobald die Verbindung besteht.`)
};

const fr_privacy_offline = /** @type {(inputs: Privacy_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous pourrez la modifier de nouveau une fois connecté.`)
};

/**
* | output |
* | --- |
* | "You can change it again once connected." |
*
* @param {Privacy_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_offline = /** @type {((inputs?: Privacy_OfflineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_OfflineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_offline(inputs)
	if (locale === "fr") return fr_privacy_offline(inputs)
	return en_privacy_offline(inputs)
});