/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown>, reason: NonNullable<unknown>, current: NonNullable<unknown> }} Privacy_Change_FailedInputs */

const en_privacy_change_failed = /** @type {(inputs: Privacy_Change_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not change ${i?.name} to ${i?.level}: ${i?.reason} ${i?.name} is still ${i?.current}.`)
};

const de_privacy_change_failed = /** @type {(inputs: Privacy_Change_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} konnte nicht auf ${i?.level} geändert werden: ${i?.reason} ${i?.name} ist weiterhin ${i?.current}.`)
};

const fr_privacy_change_failed = /** @type {(inputs: Privacy_Change_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de passer ${i?.name} à ${i?.level} : ${i?.reason} ${i?.name} reste ${i?.current}.`)
};

/**
* | output |
* | --- |
* | "Could not change {name} to {level}: {reason} {name} is still {current}." |
*
* @param {Privacy_Change_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_change_failed = /** @type {((inputs: Privacy_Change_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Change_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_change_failed(inputs)
	if (locale === "fr") return fr_privacy_change_failed(inputs)
	return en_privacy_change_failed(inputs)
});