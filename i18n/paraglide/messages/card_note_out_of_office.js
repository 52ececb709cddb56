/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_Note_Out_Of_OfficeInputs */

const en_card_note_out_of_office = /** @type {(inputs: Card_Note_Out_Of_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Out of office:`)
};

const de_card_note_out_of_office = /** @type {(inputs: Card_Note_Out_Of_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abwesend:`)
};

const fr_card_note_out_of_office = /** @type {(inputs: Card_Note_Out_Of_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Absent du bureau :`)
};

/**
* | output |
* | --- |
* | "Out of office:" |
*
* @param {Card_Note_Out_Of_OfficeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_note_out_of_office = /** @type {((inputs?: Card_Note_Out_Of_OfficeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Note_Out_Of_OfficeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_note_out_of_office(inputs)
	if (locale === "fr") return fr_card_note_out_of_office(inputs)
	return en_card_note_out_of_office(inputs)
});