/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown> }} Activity_Revert_LabelInputs */

const en_activity_revert_label = /** @type {(inputs: Activity_Revert_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Revert ${i?.name} to ${i?.level}`)
};

const de_activity_revert_label = /** @type {(inputs: Activity_Revert_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} auf ${i?.level} zurücksetzen`)
};

const fr_activity_revert_label = /** @type {(inputs: Activity_Revert_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remettre ${i?.name} au niveau ${i?.level}`)
};

/**
* | output |
* | --- |
* | "Revert {name} to {level}" |
*
* @param {Activity_Revert_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_revert_label = /** @type {((inputs: Activity_Revert_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Revert_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_revert_label(inputs)
	if (locale === "fr") return fr_activity_revert_label(inputs)
	return en_activity_revert_label(inputs)
});