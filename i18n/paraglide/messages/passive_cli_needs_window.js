/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Passive_Cli_Needs_WindowInputs */

const en_passive_cli_needs_window = /** @type {(inputs: Passive_Cli_Needs_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing in through your organisation's sign-in page needs a window, which the command line cannot show. Sign in with the app instead.`)
};

const de_passive_cli_needs_window = /** @type {(inputs: Passive_Cli_Needs_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldung über die Anmeldeseite Ihrer Organisation braucht ein Fenster, das die Befehlszeile nicht anzeigen kann. Melden Sie sich stattdessen in der App an.`)
};

const fr_passive_cli_needs_window = /** @type {(inputs: Passive_Cli_Needs_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion par la page de connexion de votre organisation nécessite une fenêtre, que la ligne de commande ne peut pas afficher. Connectez-vous plutôt avec l'application.`)
};

/**
* | output |
* | --- |
* | "Signing in through your organisation's sign-in page needs a window, which the command line cannot show. Sign in with the app instead." |
*
* @param {Passive_Cli_Needs_WindowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_cli_needs_window = /** @type {((inputs?: Passive_Cli_Needs_WindowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Cli_Needs_WindowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_passive_cli_needs_window(inputs)
	if (locale === "fr") return fr_passive_cli_needs_window(inputs)
	return en_passive_cli_needs_window(inputs)
});