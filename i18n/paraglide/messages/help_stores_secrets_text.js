/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_Secrets_TextInputs */

const en_help_stores_secrets_text = /** @type {(inputs: Help_Stores_Secrets_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` only in your system's keyring (GNOME Keyring or KWallet, Windows Credential Manager, the macOS Keychain), and the password only if you choose "Remember my password". Never in a file.`)
};

const de_help_stores_secrets_text = /** @type {(inputs: Help_Stores_Secrets_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` nur im Schlüsselbund Ihres Systems (GNOME Keyring oder KWallet, Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund), und das Passwort nur, wenn Sie „Mein Passwort speichern“ wählen. Nie in einer Datei.`)
};

const fr_help_stores_secrets_text = /** @type {(inputs: Help_Stores_Secrets_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` uniquement dans le trousseau de votre système (GNOME Keyring ou KWallet, Gestionnaire d’identification Windows, Trousseau macOS), et le mot de passe seulement si vous choisissez « Mémoriser mon mot de passe ». Jamais dans un fichier.`)
};

/**
* | output |
* | --- |
* | "only in your system's keyring (GNOME Keyring or KWallet, Windows Credential Manager, the macOS Keychain), and the password only if you choose \"Remember my pa..." |
*
* @param {Help_Stores_Secrets_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_secrets_text = /** @type {((inputs?: Help_Stores_Secrets_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Secrets_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_secrets_text(inputs)
	if (locale === "fr") return fr_help_stores_secrets_text(inputs)
	return en_help_stores_secrets_text(inputs)
});