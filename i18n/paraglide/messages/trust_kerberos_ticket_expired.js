/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Kerberos_Ticket_ExpiredInputs */

const en_trust_kerberos_ticket_expired = /** @type {(inputs: Trust_Kerberos_Ticket_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your Kerberos ticket has expired. Sign in to your domain again (kinit), then try again.`)
};

const de_trust_kerberos_ticket_expired = /** @type {(inputs: Trust_Kerberos_Ticket_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Kerberos-Ticket ist abgelaufen. Melden Sie sich erneut bei Ihrer Domäne an (kinit) und versuchen Sie es dann erneut.`)
};

const fr_trust_kerberos_ticket_expired = /** @type {(inputs: Trust_Kerberos_Ticket_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre ticket Kerberos a expiré. Reconnectez-vous à votre domaine (kinit), puis réessayez.`)
};

/**
* | output |
* | --- |
* | "Your Kerberos ticket has expired. Sign in to your domain again (kinit), then try again." |
*
* @param {Trust_Kerberos_Ticket_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_ticket_expired = /** @type {((inputs?: Trust_Kerberos_Ticket_ExpiredInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Kerberos_Ticket_ExpiredInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_kerberos_ticket_expired(inputs)
	if (locale === "fr") return fr_trust_kerberos_ticket_expired(inputs)
	return en_trust_kerberos_ticket_expired(inputs)
});