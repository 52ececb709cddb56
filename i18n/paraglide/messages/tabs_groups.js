/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tabs_GroupsInputs */

const en_tabs_groups = /** @type {(inputs: Tabs_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groups`)
};

const de_tabs_groups = /** @type {(inputs: Tabs_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gruppen`)
};

const fr_tabs_groups = /** @type {(inputs: Tabs_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groupes`)
};

/**
* | output |
* | --- |
* | "Groups" |
*
* @param {Tabs_GroupsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_groups = /** @type {((inputs?: Tabs_GroupsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_GroupsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tabs_groups(inputs)
	if (locale === "fr") return fr_tabs_groups(inputs)
	return en_tabs_groups(inputs)
});