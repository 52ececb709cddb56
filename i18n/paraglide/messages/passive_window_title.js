/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Passive_Window_TitleInputs */

const en_passive_window_title = /** @type {(inputs: Passive_Window_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sign in – ${i?.host}`)
};

const de_passive_window_title = /** @type {(inputs: Passive_Window_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Anmelden – ${i?.host}`)
};

const fr_passive_window_title = /** @type {(inputs: Passive_Window_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connexion – ${i?.host}`)
};

/**
* | output |
* | --- |
* | "Sign in – {host}" |
*
* @param {Passive_Window_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_window_title = /** @type {((inputs: Passive_Window_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Window_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_passive_window_title(inputs)
	if (locale === "fr") return fr_passive_window_title(inputs)
	return en_passive_window_title(inputs)
});