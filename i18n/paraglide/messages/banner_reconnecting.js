/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ headline: NonNullable<unknown> }} Banner_ReconnectingInputs */

const en_banner_reconnecting = /** @type {(inputs: Banner_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.headline} Reconnecting…`)
};

const de_banner_reconnecting = /** @type {(inputs: Banner_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.headline} Verbindung wird wiederhergestellt…`)
};

const fr_banner_reconnecting = /** @type {(inputs: Banner_ReconnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.headline} Reconnexion…`)
};

/**
* | output |
* | --- |
* | "{headline} Reconnecting…" |
*
* @param {Banner_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_reconnecting = /** @type {((inputs: Banner_ReconnectingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_ReconnectingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_banner_reconnecting(inputs)
	if (locale === "fr") return fr_banner_reconnecting(inputs)
	return en_banner_reconnecting(inputs)
});