/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Level_FriendsInputs */

const en_level_friends = /** @type {(inputs: Level_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Friends and Family`)
};

const de_level_friends = /** @type {(inputs: Level_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Freunde und Familie`)
};

const fr_level_friends = /** @type {(inputs: Level_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Amis et famille`)
};

/**
* | output |
* | --- |
* | "Friends and Family" |
*
* @param {Level_FriendsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_friends = /** @type {((inputs?: Level_FriendsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_FriendsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_level_friends(inputs)
	if (locale === "fr") return fr_level_friends(inputs)
	return en_level_friends(inputs)
});