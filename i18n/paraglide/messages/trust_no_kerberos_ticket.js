/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_No_Kerberos_TicketInputs */

const en_trust_no_kerberos_ticket = /** @type {(inputs: Trust_No_Kerberos_TicketInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You have no Kerberos ticket. Sign in to your domain first (for example with kinit), then try again.`)
};

const de_trust_no_kerberos_ticket = /** @type {(inputs: Trust_No_Kerberos_TicketInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie haben kein Kerberos-Ticket. Melden Sie sich zuerst bei Ihrer Domäne an (zum Beispiel mit kinit) und versuchen Sie es dann erneut.`)
};

const fr_trust_no_kerberos_ticket = /** @type {(inputs: Trust_No_Kerberos_TicketInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous n’avez pas de ticket Kerberos. Connectez-vous d’abord à votre domaine (par exemple avec kinit), puis réessayez.`)
};

/**
* | output |
* | --- |
* | "You have no Kerberos ticket. Sign in to your domain first (for example with kinit), then try again." |
*
* @param {Trust_No_Kerberos_TicketInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_no_kerberos_ticket = /** @type {((inputs?: Trust_No_Kerberos_TicketInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_No_Kerberos_TicketInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_no_kerberos_ticket(inputs)
	if (locale === "fr") return fr_trust_no_kerberos_ticket(inputs)
	return en_trust_no_kerberos_ticket(inputs)
});