/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_Sign_In_RefusedInputs */

const en_channel_sign_in_refused = /** @type {(inputs: Channel_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server keeps refusing our sign-in.`)
};

const de_channel_sign_in_refused = /** @type {(inputs: Channel_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server lehnt unsere Anmeldung immer wieder ab.`)
};

const fr_channel_sign_in_refused = /** @type {(inputs: Channel_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur refuse sans cesse notre connexion.`)
};

/**
* | output |
* | --- |
* | "The server keeps refusing our sign-in." |
*
* @param {Channel_Sign_In_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_sign_in_refused = /** @type {((inputs?: Channel_Sign_In_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Sign_In_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_sign_in_refused(inputs)
	if (locale === "fr") return fr_channel_sign_in_refused(inputs)
	return en_channel_sign_in_refused(inputs)
});