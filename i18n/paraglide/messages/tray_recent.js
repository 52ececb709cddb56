/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_RecentInputs */

const en_tray_recent = /** @type {(inputs: Tray_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recent changes`)
};

const de_tray_recent = /** @type {(inputs: Tray_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Letzte Änderungen`)
};

const fr_tray_recent = /** @type {(inputs: Tray_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changements récents`)
};

/**
* | output |
* | --- |
* | "Recent changes" |
*
* @param {Tray_RecentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_recent = /** @type {((inputs?: Tray_RecentInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_RecentInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_recent(inputs)
	if (locale === "fr") return fr_tray_recent(inputs)
	return en_tray_recent(inputs)
});