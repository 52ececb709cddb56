/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ address: NonNullable<unknown> }} Menu_CopiedInputs */

const en_menu_copied = /** @type {(inputs: Menu_CopiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Copied ${i?.address}`)
};

const de_menu_copied = /** @type {(inputs: Menu_CopiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.address} kopiert`)
};

const fr_menu_copied = /** @type {(inputs: Menu_CopiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.address} copié`)
};

/**
* | output |
* | --- |
* | "Copied {address}" |
*
* @param {Menu_CopiedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copied = /** @type {((inputs: Menu_CopiedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_CopiedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_menu_copied(inputs)
	if (locale === "fr") return fr_menu_copied(inputs)
	return en_menu_copied(inputs)
});