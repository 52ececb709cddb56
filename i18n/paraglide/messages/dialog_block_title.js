/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ who: NonNullable<unknown> }} Dialog_Block_TitleInputs */

const en_dialog_block_title = /** @type {(inputs: Dialog_Block_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Block ${i?.who}?`)
};

const de_dialog_block_title = /** @type {(inputs: Dialog_Block_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} blockieren?`)
};

const fr_dialog_block_title = /** @type {(inputs: Dialog_Block_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bloquer ${i?.who} ?`)
};

/**
* | output |
* | --- |
* | "Block {who}?" |
*
* @param {Dialog_Block_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_block_title = /** @type {((inputs: Dialog_Block_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dialog_Block_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_dialog_block_title(inputs)
	if (locale === "fr") return fr_dialog_block_title(inputs)
	return en_dialog_block_title(inputs)
});