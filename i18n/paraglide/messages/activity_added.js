/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_AddedInputs */

const en_activity_added = /** @type {(inputs: Activity_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Added to your contacts`)
};

const de_activity_added = /** @type {(inputs: Activity_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zu Ihren Kontakten hinzugefügt`)
};

const fr_activity_added = /** @type {(inputs: Activity_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajouté à vos contacts`)
};

/**
* | output |
* | --- |
* | "Added to your contacts" |
*
* @param {Activity_AddedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_added = /** @type {((inputs?: Activity_AddedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_AddedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_added(inputs)
	if (locale === "fr") return fr_activity_added(inputs)
	return en_activity_added(inputs)
});