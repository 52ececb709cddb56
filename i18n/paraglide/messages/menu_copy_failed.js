/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Menu_Copy_FailedInputs */

const en_menu_copy_failed = /** @type {(inputs: Menu_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Could not copy to the clipboard.`)
};

const de_menu_copy_failed = /** @type {(inputs: Menu_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopieren in die Zwischenablage nicht möglich.`)
};

const fr_menu_copy_failed = /** @type {(inputs: Menu_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Impossible de copier dans le presse-papiers.`)
};

/**
* | output |
* | --- |
* | "Could not copy to the clipboard." |
*
* @param {Menu_Copy_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copy_failed = /** @type {((inputs?: Menu_Copy_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Copy_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_menu_copy_failed(inputs)
	if (locale === "fr") return fr_menu_copy_failed(inputs)
	return en_menu_copy_failed(inputs)
});