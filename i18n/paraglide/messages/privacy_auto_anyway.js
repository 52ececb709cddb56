/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ level: NonNullable<unknown> }} Privacy_Auto_AnywayInputs */

const en_privacy_auto_anyway = /** @type {(inputs: Privacy_Auto_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Auto-assign (${i?.level}) anyway`)
};

const de_privacy_auto_anyway = /** @type {(inputs: Privacy_Auto_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trotzdem automatisch zuweisen (${i?.level})`)
};

const fr_privacy_auto_anyway = /** @type {(inputs: Privacy_Auto_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Attribuer automatiquement (${i?.level}) quand même`)
};

/**
* | output |
* | --- |
* | "Auto-assign ({level}) anyway" |
*
* @param {Privacy_Auto_AnywayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_auto_anyway = /** @type {((inputs: Privacy_Auto_AnywayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Auto_AnywayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_auto_anyway(inputs)
	if (locale === "fr") return fr_privacy_auto_anyway(inputs)
	return en_privacy_auto_anyway(inputs)
});