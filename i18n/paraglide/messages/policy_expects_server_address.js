/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Policy_Expects_Server_AddressInputs */

const en_policy_expects_server_address = /** @type {(inputs: Policy_Expects_Server_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`an https:// address or a server name`)
};

const de_policy_expects_server_address = /** @type {(inputs: Policy_Expects_Server_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine https://-Adresse oder ein Servername`)
};

const fr_policy_expects_server_address = /** @type {(inputs: Policy_Expects_Server_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`une adresse https:// ou un nom de serveur`)
};

/**
* | output |
* | --- |
* | "an https:// address or a server name" |
*
* @param {Policy_Expects_Server_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_server_address = /** @type {((inputs?: Policy_Expects_Server_AddressInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Expects_Server_AddressInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_expects_server_address(inputs)
	if (locale === "fr") return fr_policy_expects_server_address(inputs)
	return en_policy_expects_server_address(inputs)
});