/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Dialog_BlockInputs */

const en_dialog_block = /** @type {(inputs: Dialog_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Block`)
};

const de_dialog_block = /** @type {(inputs: Dialog_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blockieren`)
};

const fr_dialog_block = /** @type {(inputs: Dialog_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bloquer`)
};

/**
* | output |
* | --- |
* | "Block" |
*
* @param {Dialog_BlockInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_block = /** @type {((inputs?: Dialog_BlockInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dialog_BlockInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_dialog_block(inputs)
	if (locale === "fr") return fr_dialog_block(inputs)
	return en_dialog_block(inputs)
});