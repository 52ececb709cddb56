/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Password_PromptInputs */

const en_cli_password_prompt = /** @type {(inputs: Cli_Password_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password: `)
};

/**
* | output |
* | --- |
* | "Password:" |
*
* @param {Cli_Password_PromptInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_password_prompt = /** @type {((inputs?: Cli_Password_PromptInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Password_PromptInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_password_prompt(inputs)
});