/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ path: NonNullable<unknown> }} Cli_State_DamagedInputs */

const en_cli_state_damaged = /** @type {(inputs: Cli_State_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the state file ${i?.path} could not be read, so nothing is compared this time; it is written again from now on`)
};

/**
* | output |
* | --- |
* | "the state file {path} could not be read, so nothing is compared this time; it is written again from now on" |
*
* @param {Cli_State_DamagedInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_state_damaged = /** @type {((inputs: Cli_State_DamagedInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_State_DamagedInputs, { locale?: "en" }, {}>} */ ((inputs, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_state_damaged(inputs)
});