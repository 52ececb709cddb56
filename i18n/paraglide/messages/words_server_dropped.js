/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Words_Server_DroppedInputs */

const en_words_server_dropped = /** @type {(inputs: Words_Server_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server dropped the connection.`)
};

const de_words_server_dropped = /** @type {(inputs: Words_Server_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat die Verbindung getrennt.`)
};

const fr_words_server_dropped = /** @type {(inputs: Words_Server_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a coupé la connexion.`)
};

/**
* | output |
* | --- |
* | "The server dropped the connection." |
*
* @param {Words_Server_DroppedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_server_dropped = /** @type {((inputs?: Words_Server_DroppedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Server_DroppedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_words_server_dropped(inputs)
	if (locale === "fr") return fr_words_server_dropped(inputs)
	return en_words_server_dropped(inputs)
});