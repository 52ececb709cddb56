/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Password_PromptInputs */

const en_cli_password_prompt = /** @type {(inputs: Cli_Password_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password: `)
};

const de_cli_password_prompt = /** @type {(inputs: Cli_Password_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort: `)
};

const fr_cli_password_prompt = /** @type {(inputs: Cli_Password_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mot de passe : `)
};

/**
* | output |
* | --- |
* | "Password:" |
*
* @param {Cli_Password_PromptInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_password_prompt = /** @type {((inputs?: Cli_Password_PromptInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_PromptInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_password_prompt(inputs)
	if (locale === "fr") return fr_cli_password_prompt(inputs)
	return en_cli_password_prompt(inputs)
});