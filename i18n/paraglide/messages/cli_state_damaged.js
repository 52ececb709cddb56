/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ path: NonNullable<unknown> }} Cli_State_DamagedInputs */

const en_cli_state_damaged = /** @type {(inputs: Cli_State_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the state file ${i?.path} could not be read, so nothing is compared this time; it is written again from now on`)
};

const de_cli_state_damaged = /** @type {(inputs: Cli_State_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`die Zustandsdatei ${i?.path} konnte nicht gelesen werden, daher wird diesmal nichts verglichen; ab jetzt wird sie neu geschrieben`)
};

const fr_cli_state_damaged = /** @type {(inputs: Cli_State_DamagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`le fichier d’état ${i?.path} n’a pas pu être lu, donc rien n’est comparé cette fois ; il est réécrit à partir de maintenant`)
};

/**
* | output |
* | --- |
* | "the state file {path} could not be read, so nothing is compared this time; it is written again from now on" |
*
* @param {Cli_State_DamagedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_state_damaged = /** @type {((inputs: Cli_State_DamagedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_State_DamagedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_state_damaged(inputs)
	if (locale === "fr") return fr_cli_state_damaged(inputs)
	return en_cli_state_damaged(inputs)
});