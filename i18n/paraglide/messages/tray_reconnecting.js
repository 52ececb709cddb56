/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ time: NonNullable<unknown> }} Tray_ReconnectingInputs */

const en_tray_reconnecting = /** @type {(inputs: Tray_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reconnecting (next try ${i?.time})`)
};

const de_tray_reconnecting = /** @type {(inputs: Tray_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verbindung wird wiederhergestellt (nächster Versuch ${i?.time})`)
};

const fr_tray_reconnecting = /** @type {(inputs: Tray_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reconnexion (prochain essai à ${i?.time})`)
};

/**
* | output |
* | --- |
* | "Reconnecting (next try {time})" |
*
* @param {Tray_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_reconnecting = /** @type {((inputs: Tray_ReconnectingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_ReconnectingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_reconnecting(inputs)
	if (locale === "fr") return fr_tray_reconnecting(inputs)
	return en_tray_reconnecting(inputs)
});