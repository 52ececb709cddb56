/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Session_Address_Not_HostInputs */

const en_session_address_not_host = /** @type {(inputs: Session_Address_Not_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address is not a host name or an https:// address.`)
};

const de_session_address_not_host = /** @type {(inputs: Session_Address_Not_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse ist weder ein Hostname noch eine https://-Adresse.`)
};

const fr_session_address_not_host = /** @type {(inputs: Session_Address_Not_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur n’est ni un nom d’hôte ni une adresse https://.`)
};

/**
* | output |
* | --- |
* | "The server address is not a host name or an https:// address." |
*
* @param {Session_Address_Not_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_not_host = /** @type {((inputs?: Session_Address_Not_HostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Address_Not_HostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_address_not_host(inputs)
	if (locale === "fr") return fr_session_address_not_host(inputs)
	return en_session_address_not_host(inputs)
});