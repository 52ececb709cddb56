/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Menu_Copy_AddressInputs */

const en_menu_copy_address = /** @type {(inputs: Menu_Copy_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy address`)
};

const de_menu_copy_address = /** @type {(inputs: Menu_Copy_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse kopieren`)
};

const fr_menu_copy_address = /** @type {(inputs: Menu_Copy_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copier l'adresse`)
};

/**
* | output |
* | --- |
* | "Copy address" |
*
* @param {Menu_Copy_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copy_address = /** @type {((inputs?: Menu_Copy_AddressInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Copy_AddressInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_menu_copy_address(inputs)
	if (locale === "fr") return fr_menu_copy_address(inputs)
	return en_menu_copy_address(inputs)
});