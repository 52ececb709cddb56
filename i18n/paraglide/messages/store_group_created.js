/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Store_Group_CreatedInputs */

const en_store_group_created = /** @type {(inputs: Store_Group_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Group “${i?.name}” created.`)
};

const de_store_group_created = /** @type {(inputs: Store_Group_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gruppe „${i?.name}“ erstellt.`)
};

const fr_store_group_created = /** @type {(inputs: Store_Group_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Groupe « ${i?.name} » créé.`)
};

/**
* | output |
* | --- |
* | "Group “{name}” created." |
*
* @param {Store_Group_CreatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_group_created = /** @type {((inputs: Store_Group_CreatedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Group_CreatedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_group_created(inputs)
	if (locale === "fr") return fr_store_group_created(inputs)
	return en_store_group_created(inputs)
});