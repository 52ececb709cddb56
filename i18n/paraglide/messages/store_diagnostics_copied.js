/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_Diagnostics_CopiedInputs */

const en_store_diagnostics_copied = /** @type {(inputs: Store_Diagnostics_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnostics copied. Paste them into your message to support.`)
};

const de_store_diagnostics_copied = /** @type {(inputs: Store_Diagnostics_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnosedaten kopiert. Fügen Sie sie in Ihre Nachricht an den Support ein.`)
};

const fr_store_diagnostics_copied = /** @type {(inputs: Store_Diagnostics_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnostics copiés. Collez-les dans votre message au support.`)
};

/**
* | output |
* | --- |
* | "Diagnostics copied. Paste them into your message to support." |
*
* @param {Store_Diagnostics_CopiedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_diagnostics_copied = /** @type {((inputs?: Store_Diagnostics_CopiedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Diagnostics_CopiedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_diagnostics_copied(inputs)
	if (locale === "fr") return fr_store_diagnostics_copied(inputs)
	return en_store_diagnostics_copied(inputs)
});