/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_Only_Own_GroupsInputs */

const en_contactlist_only_own_groups = /** @type {(inputs: Contactlist_Only_Own_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only your own groups can be renamed or deleted: Favorites, Other Contacts and the groups the server keeps cannot.`)
};

const de_contactlist_only_own_groups = /** @type {(inputs: Contactlist_Only_Own_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur Ihre eigenen Gruppen lassen sich umbenennen oder löschen: Favoriten, Andere Kontakte und die Gruppen, die der Server verwaltet, nicht.`)
};

const fr_contactlist_only_own_groups = /** @type {(inputs: Contactlist_Only_Own_GroupsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seuls vos propres groupes peuvent être renommés ou supprimés : pas les Favoris, les Autres contacts ni les groupes gérés par le serveur.`)
};

/**
* | output |
* | --- |
* | "Only your own groups can be renamed or deleted: Favorites, Other Contacts and the groups the server keeps cannot." |
*
* @param {Contactlist_Only_Own_GroupsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_only_own_groups = /** @type {((inputs?: Contactlist_Only_Own_GroupsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Only_Own_GroupsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_only_own_groups(inputs)
	if (locale === "fr") return fr_contactlist_only_own_groups(inputs)
	return en_contactlist_only_own_groups(inputs)
});