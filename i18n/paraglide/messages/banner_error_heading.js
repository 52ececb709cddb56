/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ heading: NonNullable<unknown> }} Banner_Error_HeadingInputs */

const en_banner_error_heading = /** @type {(inputs: Banner_Error_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading}:`)
};

const de_banner_error_heading = /** @type {(inputs: Banner_Error_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading}:`)
};

const fr_banner_error_heading = /** @type {(inputs: Banner_Error_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading} :`)
};

/**
* | output |
* | --- |
* | "{heading}:" |
*
* @param {Banner_Error_HeadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_error_heading = /** @type {((inputs: Banner_Error_HeadingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_Error_HeadingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_banner_error_heading(inputs)
	if (locale === "fr") return fr_banner_error_heading(inputs)
	return en_banner_error_heading(inputs)
});