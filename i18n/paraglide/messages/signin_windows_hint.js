/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Windows_HintInputs */

const en_signin_windows_hint = /** @type {(inputs: Signin_Windows_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uses the account you are signed in to Windows (or your domain) with: no password needed.`)
};

const de_signin_windows_hint = /** @type {(inputs: Signin_Windows_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verwendet das Konto, mit dem Sie bei Windows (oder Ihrer Domäne) angemeldet sind: kein Kennwort nötig.`)
};

const fr_signin_windows_hint = /** @type {(inputs: Signin_Windows_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utilise le compte avec lequel vous êtes connecté à Windows (ou à votre domaine) : aucun mot de passe nécessaire.`)
};

/**
* | output |
* | --- |
* | "Uses the account you are signed in to Windows (or your domain) with: no password needed." |
*
* @param {Signin_Windows_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_windows_hint = /** @type {((inputs?: Signin_Windows_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Windows_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_windows_hint(inputs)
	if (locale === "fr") return fr_signin_windows_hint(inputs)
	return en_signin_windows_hint(inputs)
});