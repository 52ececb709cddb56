/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Words_Network_DroppedInputs */

const en_words_network_dropped = /** @type {(inputs: Words_Network_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The network connection to the server dropped.`)
};

const de_words_network_dropped = /** @type {(inputs: Words_Network_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Netzwerkverbindung zum Server ist abgebrochen.`)
};

const fr_words_network_dropped = /** @type {(inputs: Words_Network_DroppedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion réseau au serveur a été interrompue.`)
};

/**
* | output |
* | --- |
* | "The network connection to the server dropped." |
*
* @param {Words_Network_DroppedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_network_dropped = /** @type {((inputs?: Words_Network_DroppedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Network_DroppedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_words_network_dropped(inputs)
	if (locale === "fr") return fr_words_network_dropped(inputs)
	return en_words_network_dropped(inputs)
});