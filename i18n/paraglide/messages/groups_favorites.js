/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_FavoritesInputs */

const en_groups_favorites = /** @type {(inputs: Groups_FavoritesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Favorites`)
};

const de_groups_favorites = /** @type {(inputs: Groups_FavoritesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Favoriten`)
};

const fr_groups_favorites = /** @type {(inputs: Groups_FavoritesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Favoris`)
};

/**
* | output |
* | --- |
* | "Favorites" |
*
* @param {Groups_FavoritesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_favorites = /** @type {((inputs?: Groups_FavoritesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_FavoritesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_favorites(inputs)
	if (locale === "fr") return fr_groups_favorites(inputs)
	return en_groups_favorites(inputs)
});