/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tabs_Who_SeesInputs */

const en_tabs_who_sees = /** @type {(inputs: Tabs_Who_SeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who sees what`)
};

const de_tabs_who_sees = /** @type {(inputs: Tabs_Who_SeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer sieht was`)
};

const fr_tabs_who_sees = /** @type {(inputs: Tabs_Who_SeesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui voit quoi`)
};

/**
* | output |
* | --- |
* | "Who sees what" |
*
* @param {Tabs_Who_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_who_sees = /** @type {((inputs?: Tabs_Who_SeesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_Who_SeesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tabs_who_sees(inputs)
	if (locale === "fr") return fr_tabs_who_sees(inputs)
	return en_tabs_who_sees(inputs)
});