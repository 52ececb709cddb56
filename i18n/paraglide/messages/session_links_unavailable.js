/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Session_Links_UnavailableInputs */

const en_session_links_unavailable = /** @type {(inputs: Session_Links_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Links cannot be opened from here.`)
};

const de_session_links_unavailable = /** @type {(inputs: Session_Links_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Links können hier nicht geöffnet werden.`)
};

const fr_session_links_unavailable = /** @type {(inputs: Session_Links_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les liens ne peuvent pas être ouverts d’ici.`)
};

/**
* | output |
* | --- |
* | "Links cannot be opened from here." |
*
* @param {Session_Links_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_links_unavailable = /** @type {((inputs?: Session_Links_UnavailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Links_UnavailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_links_unavailable(inputs)
	if (locale === "fr") return fr_session_links_unavailable(inputs)
	return en_session_links_unavailable(inputs)
});