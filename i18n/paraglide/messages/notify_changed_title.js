/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Changed_TitleInputs */

const en_notify_changed_title = /** @type {(inputs: Notify_Changed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changed from another device`)
};

const de_notify_changed_title = /** @type {(inputs: Notify_Changed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf einem anderen Gerät geändert`)
};

const fr_notify_changed_title = /** @type {(inputs: Notify_Changed_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modifié depuis un autre appareil`)
};

/**
* | output |
* | --- |
* | "Changed from another device" |
*
* @param {Notify_Changed_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_changed_title = /** @type {((inputs?: Notify_Changed_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Changed_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_changed_title(inputs)
	if (locale === "fr") return fr_notify_changed_title(inputs)
	return en_notify_changed_title(inputs)
});