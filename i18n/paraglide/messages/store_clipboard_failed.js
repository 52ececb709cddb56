/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_Clipboard_FailedInputs */

const en_store_clipboard_failed = /** @type {(inputs: Store_Clipboard_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Could not copy to the clipboard.`)
};

const de_store_clipboard_failed = /** @type {(inputs: Store_Clipboard_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Kopieren in die Zwischenablage ist fehlgeschlagen.`)
};

const fr_store_clipboard_failed = /** @type {(inputs: Store_Clipboard_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Impossible de copier dans le presse-papiers.`)
};

/**
* | output |
* | --- |
* | "Could not copy to the clipboard." |
*
* @param {Store_Clipboard_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_clipboard_failed = /** @type {((inputs?: Store_Clipboard_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Clipboard_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_clipboard_failed(inputs)
	if (locale === "fr") return fr_store_clipboard_failed(inputs)
	return en_store_clipboard_failed(inputs)
});