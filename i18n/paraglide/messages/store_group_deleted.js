/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_Group_DeletedInputs */

const en_store_group_deleted = /** @type {(inputs: Store_Group_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Group deleted.`)
};

const de_store_group_deleted = /** @type {(inputs: Store_Group_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gruppe gelöscht.`)
};

const fr_store_group_deleted = /** @type {(inputs: Store_Group_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groupe supprimé.`)
};

/**
* | output |
* | --- |
* | "Group deleted." |
*
* @param {Store_Group_DeletedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_group_deleted = /** @type {((inputs?: Store_Group_DeletedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Group_DeletedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_group_deleted(inputs)
	if (locale === "fr") return fr_store_group_deleted(inputs)
	return en_store_group_deleted(inputs)
});