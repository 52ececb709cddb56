/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ linux: NonNullable<unknown>, windows: NonNullable<unknown>, mac: NonNullable<unknown> }} Help_Stores_Settings_TextInputs */

const en_help_stores_settings_text = /** @type {(inputs: Help_Stores_Settings_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (server address, sign-in address, notification and theme choices) in a file named settings.json in the app's data folder: ${i?.linux} on Linux, ${i?.windows} on Windows, ${i?.mac} on macOS.`)
};

const de_help_stores_settings_text = /** @type {(inputs: Help_Stores_Settings_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (Serveradresse, Anmeldeadresse, Einstellungen für Benachrichtigungen und Design) in einer Datei namens settings.json im Datenordner der App: ${i?.linux} unter Linux, ${i?.windows} unter Windows, ${i?.mac} unter macOS.`)
};

const fr_help_stores_settings_text = /** @type {(inputs: Help_Stores_Settings_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` (adresse du serveur, adresse de connexion, choix des notifications et du thème) dans un fichier nommé settings.json, dans le dossier de données de l’application : ${i?.linux} sous Linux, ${i?.windows} sous Windows, ${i?.mac} sous macOS.`)
};

/**
* | output |
* | --- |
* | "(server address, sign-in address, notification and theme choices) in a file named settings.json in the app's data folder: {linux} on Linux, {windows} on Wind..." |
*
* @param {Help_Stores_Settings_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_settings_text = /** @type {((inputs: Help_Stores_Settings_TextInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Settings_TextInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_settings_text(inputs)
	if (locale === "fr") return fr_help_stores_settings_text(inputs)
	return en_help_stores_settings_text(inputs)
});