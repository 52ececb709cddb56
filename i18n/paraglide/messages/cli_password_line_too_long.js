/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Password_Line_Too_LongInputs */

const en_cli_password_line_too_long = /** @type {(inputs: Cli_Password_Line_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the first line of standard input is too long`)
};

const de_cli_password_line_too_long = /** @type {(inputs: Cli_Password_Line_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`die erste Zeile der Standardeingabe ist zu lang`)
};

const fr_cli_password_line_too_long = /** @type {(inputs: Cli_Password_Line_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`la première ligne de l’entrée standard est trop longue`)
};

/**
* | output |
* | --- |
* | "the first line of standard input is too long" |
*
* @param {Cli_Password_Line_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_line_too_long = /** @type {((inputs?: Cli_Password_Line_Too_LongInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_Line_Too_LongInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_password_line_too_long(inputs)
	if (locale === "fr") return fr_cli_password_line_too_long(inputs)
	return en_cli_password_line_too_long(inputs)
});