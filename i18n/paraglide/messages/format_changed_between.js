/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ between: NonNullable<unknown> }} Format_Changed_BetweenInputs */

const en_format_changed_between = /** @type {(inputs: Format_Changed_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`changed ${i?.between}`)
};

const de_format_changed_between = /** @type {(inputs: Format_Changed_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`geändert ${i?.between}`)
};

const fr_format_changed_between = /** @type {(inputs: Format_Changed_BetweenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`modifié ${i?.between}`)
};

/**
* | output |
* | --- |
* | "changed {between}" |
*
* @param {Format_Changed_BetweenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_changed_between = /** @type {((inputs: Format_Changed_BetweenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Changed_BetweenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_changed_between(inputs)
	if (locale === "fr") return fr_format_changed_between(inputs)
	return en_format_changed_between(inputs)
});