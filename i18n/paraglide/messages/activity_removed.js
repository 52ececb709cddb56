/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ level: NonNullable<unknown> }} Activity_RemovedInputs */

const en_activity_removed = /** @type {(inputs: Activity_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Removed from your contacts (was ${i?.level})`)
};

const de_activity_removed = /** @type {(inputs: Activity_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aus Ihren Kontakten entfernt (vorher ${i?.level})`)
};

const fr_activity_removed = /** @type {(inputs: Activity_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Retiré de vos contacts (avant : ${i?.level})`)
};

/**
* | output |
* | --- |
* | "Removed from your contacts (was {level})" |
*
* @param {Activity_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_removed = /** @type {((inputs: Activity_RemovedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_RemovedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_removed(inputs)
	if (locale === "fr") return fr_activity_removed(inputs)
	return en_activity_removed(inputs)
});