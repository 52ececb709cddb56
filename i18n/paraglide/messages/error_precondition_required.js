/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Precondition_RequiredInputs */

const en_error_precondition_required = /** @type {(inputs: Error_Precondition_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server requires the current version before a change. Reload and try again.`)
};

const de_error_precondition_required = /** @type {(inputs: Error_Precondition_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server verlangt vor einer Änderung die aktuelle Version. Laden Sie neu und versuchen Sie es erneut.`)
};

const fr_error_precondition_required = /** @type {(inputs: Error_Precondition_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur exige la version actuelle avant toute modification. Rechargez et réessayez.`)
};

/**
* | output |
* | --- |
* | "The server requires the current version before a change. Reload and try again." |
*
* @param {Error_Precondition_RequiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_precondition_required = /** @type {((inputs?: Error_Precondition_RequiredInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Precondition_RequiredInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_precondition_required(inputs)
	if (locale === "fr") return fr_error_precondition_required(inputs)
	return en_error_precondition_required(inputs)
});