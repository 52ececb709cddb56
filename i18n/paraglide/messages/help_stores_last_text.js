/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_Last_TextInputs */

const en_help_stores_last_text = /** @type {(inputs: Help_Stores_Last_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, so the app can tell you what changed while it was not running, in the last-known folder beside it, one file per account; removed when you sign out without "Remember me" and by "Forget this account".`)
};

const de_help_stores_last_text = /** @type {(inputs: Help_Stores_Last_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, damit die App Ihnen sagen kann, was sich geändert hat, während sie nicht lief, im Ordner last-known daneben, eine Datei pro Konto; entfernt, wenn Sie sich ohne „Angemeldet bleiben“ abmelden, und durch „Dieses Konto vergessen“.`)
};

const fr_help_stores_last_text = /** @type {(inputs: Help_Stores_Last_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, pour que l’application puisse vous dire ce qui a changé pendant qu’elle ne tournait pas, dans le dossier last-known à côté, un fichier par compte ; supprimé quand vous vous déconnectez sans « Se souvenir de moi » et par « Oublier ce compte ».`)
};

/**
* | output |
* | --- |
* | ", so the app can tell you what changed while it was not running, in the last-known folder beside it, one file per account; removed when you sign out without ..." |
*
* @param {Help_Stores_Last_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_last_text = /** @type {((inputs?: Help_Stores_Last_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Last_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_last_text(inputs)
	if (locale === "fr") return fr_help_stores_last_text(inputs)
	return en_help_stores_last_text(inputs)
});