/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Policy_Expects_HostsInputs */

const en_policy_expects_hosts = /** @type {(inputs: Policy_Expects_HostsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a list of host names or domains, such as contoso.com`)
};

const de_policy_expects_hosts = /** @type {(inputs: Policy_Expects_HostsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine Liste von Hostnamen oder Domänen, etwa contoso.com`)
};

const fr_policy_expects_hosts = /** @type {(inputs: Policy_Expects_HostsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`une liste de noms d’hôte ou de domaines, comme contoso.com`)
};

/**
* | output |
* | --- |
* | "a list of host names or domains, such as contoso.com" |
*
* @param {Policy_Expects_HostsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_hosts = /** @type {((inputs?: Policy_Expects_HostsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Policy_Expects_HostsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_policy_expects_hosts(inputs)
	if (locale === "fr") return fr_policy_expects_hosts(inputs)
	return en_policy_expects_hosts(inputs)
});