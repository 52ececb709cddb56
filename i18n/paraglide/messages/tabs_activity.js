/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tabs_ActivityInputs */

const en_tabs_activity = /** @type {(inputs: Tabs_ActivityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activity`)
};

const de_tabs_activity = /** @type {(inputs: Tabs_ActivityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktivität`)
};

const fr_tabs_activity = /** @type {(inputs: Tabs_ActivityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activité`)
};

/**
* | output |
* | --- |
* | "Activity" |
*
* @param {Tabs_ActivityInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_activity = /** @type {((inputs?: Tabs_ActivityInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_ActivityInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tabs_activity(inputs)
	if (locale === "fr") return fr_tabs_activity(inputs)
	return en_tabs_activity(inputs)
});