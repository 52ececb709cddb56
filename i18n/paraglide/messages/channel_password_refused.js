/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_Password_RefusedInputs */

const en_channel_password_refused = /** @type {(inputs: Channel_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server no longer accepts your password. Sign in again.`)
};

const de_channel_password_refused = /** @type {(inputs: Channel_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server akzeptiert Ihr Passwort nicht mehr. Melden Sie sich erneut an.`)
};

const fr_channel_password_refused = /** @type {(inputs: Channel_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’accepte plus votre mot de passe. Reconnectez-vous.`)
};

/**
* | output |
* | --- |
* | "The server no longer accepts your password. Sign in again." |
*
* @param {Channel_Password_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_password_refused = /** @type {((inputs?: Channel_Password_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Password_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_password_refused(inputs)
	if (locale === "fr") return fr_channel_password_refused(inputs)
	return en_channel_password_refused(inputs)
});