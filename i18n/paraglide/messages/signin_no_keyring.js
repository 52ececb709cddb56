/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_No_KeyringInputs */

const en_signin_no_keyring = /** @type {(inputs: Signin_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No keyring is available on this computer, so your password cannot be remembered. You will be asked again after about 8 hours or when the app restarts.`)
};

const de_signin_no_keyring = /** @type {(inputs: Signin_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann Ihr Kennwort nicht gespeichert werden. Sie werden nach etwa 8 Stunden oder beim Neustart der App erneut danach gefragt.`)
};

const fr_signin_no_keyring = /** @type {(inputs: Signin_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun trousseau n’est disponible sur cet ordinateur : votre mot de passe ne peut donc pas être mémorisé. Il vous sera redemandé après environ 8 heures ou au redémarrage de l’application.`)
};

/**
* | output |
* | --- |
* | "No keyring is available on this computer, so your password cannot be remembered. You will be asked again after about 8 hours or when the app restarts." |
*
* @param {Signin_No_KeyringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_no_keyring = /** @type {((inputs?: Signin_No_KeyringInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_No_KeyringInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_no_keyring(inputs)
	if (locale === "fr") return fr_signin_no_keyring(inputs)
	return en_signin_no_keyring(inputs)
});