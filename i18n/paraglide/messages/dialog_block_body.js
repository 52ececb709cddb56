/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, who: NonNullable<unknown>, what: NonNullable<unknown> }} Dialog_Block_BodyInputs */

const en_dialog_block_body = /** @type {(inputs: Dialog_Block_BodyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.who} will see ${i?.what} through Skype for Business.`);
	return /** @type {LocalizedString} */ (`They will see ${i?.what}, each of them through Skype for Business.`)
	
};

const de_dialog_block_body = /** @type {(inputs: Dialog_Block_BodyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.who} sieht über Skype for Business: ${i?.what}.`);
	return /** @type {LocalizedString} */ (`Jede dieser Personen sieht über Skype for Business: ${i?.what}.`)
	
};

const fr_dialog_block_body = /** @type {(inputs: Dialog_Block_BodyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.who} verra via Skype for Business : ${i?.what}.`);
	return /** @type {LocalizedString} */ (`Chacune de ces personnes verra via Skype for Business : ${i?.what}.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{who} will see {what} through Skype for Business." |
* | * | "They will see {what}, each of them through Skype for Business." |
*
* @param {Dialog_Block_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_block_body = /** @type {((inputs: Dialog_Block_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dialog_Block_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_dialog_block_body(inputs)
	if (locale === "fr") return fr_dialog_block_body(inputs)
	return en_dialog_block_body(inputs)
});